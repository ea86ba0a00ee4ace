import type { Redis } from 'ioredis';

/** A Lua script bound to one connection: `(...keys, ...args)`, or `(numberOfKeys, ...keys, ...args)` without a fixed count. */
export type RedisScript<T> = (...keysAndArgs: Array<string | number | Buffer>) => Promise<T>;

/**
 * Registers `lua` on the connection under `name` (once per connection) and returns it bound: it goes out as EVALSHA,
 * so the script's text crosses the wire only when Redis does not know it yet, not on every call.
 */
export function redisScript<T>(redis: Redis, name: string, script: { lua: string; numberOfKeys?: number }): RedisScript<T> {
  if (!(name in redis)) redis.defineCommand(name, script);
  return (redis as unknown as Record<string, RedisScript<T>>)[name].bind(redis);
}
