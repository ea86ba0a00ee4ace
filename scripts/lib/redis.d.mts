// Types for the TypeScript test support that starts its own redis-server with the stack's flags.
export declare const DEFAULT_REDIS_URL: string;
export declare const REDIS_SERVER_FLAGS: readonly string[];
export declare function pingRedis(url: string, timeoutMs?: number): Promise<boolean>;
