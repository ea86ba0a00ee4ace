import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { createRedisConnection, type RedisConnection } from './redis-connection.js';
import { RedisEnv } from './redis.config.js';

export const REDIS = Symbol('REDIS');
export const REDIS_KEYS = Symbol('REDIS_KEYS');
const REDIS_ENV = Symbol('REDIS_ENV');

/** Builds keys under the deployment prefix. `{tag}` hash tags keep related keys in one Redis Cluster slot. */
export class RedisKeys {
  constructor(readonly prefix: string) {}

  key(...parts: Array<string | number>): string {
    return [this.prefix, ...parts].join(':');
  }
}

const logger = new Logger('Redis');

/**
 * The HTTP-path connection fails fast while Redis is down (no offline queue) and gives up on a command Redis does not
 * answer (frozen, partitioned) after REDIS_COMMAND_TIMEOUT_MS, so requests answer 503 instead of hanging; it reconnects
 * on its own. Connection errors are logged here (rate-limited) rather than reported by ioredis as unhandled.
 */
export function createRedisClient(env: RedisEnv, name: string): RedisConnection {
  const client = createRedisConnection(env, 'request', name);
  logRedisErrors(client, name);
  return client;
}

/**
 * Logs the connection errors a Redis client (or a BullMQ queue or worker, which re-emit them) reports, at most one
 * every 5 s: without a listener they are printed whole, or thrown, on every reconnection attempt.
 */
export function logRedisErrors(emitter: { on(event: 'error', listener: (error: Error) => void): unknown }, connection: string): void {
  let lastLoggedAt = 0;
  emitter.on('error', (error: Error) => {
    if (Date.now() - lastLoggedAt < 5000) return;
    lastLoggedAt = Date.now();
    logger.warn({ connection, err: error.message }, 'Redis connection error; reconnecting');
  });
}

/**
 * Resolves true once the connection is ready, false after `timeoutMs` (Redis down or slow). A process waits for it
 * before it serves, so its first requests do not meet a connection still opening; it starts anyway when Redis does not
 * answer in time (503 until it is back, as at any outage).
 */
export function whenRedisReady(redis: RedisConnection, timeoutMs: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    redis.once('ready', onReady);
  });
}

/** Every process using this module waits (REDIS_CONNECT_TIMEOUT_MS at most) for its connection at start-up. */
@Injectable()
class RedisLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: RedisConnection,
    @Inject(REDIS_ENV) private readonly env: RedisEnv,
  ) {}

  async onModuleInit(): Promise<void> {
    await whenRedisReady(this.redis, this.env.REDIS_CONNECT_TIMEOUT_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Global()
@Module({})
export class RedisModule {
  static forRoot(env: RedisEnv, connectionName: string): DynamicModule {
    return {
      module: RedisModule,
      providers: [
        { provide: REDIS, useFactory: () => createRedisClient(env, connectionName) },
        { provide: REDIS_KEYS, useValue: new RedisKeys(env.REDIS_KEY_PREFIX) },
        { provide: REDIS_ENV, useValue: env },
        RedisLifecycle,
      ],
      exports: [REDIS, REDIS_KEYS],
    };
  }
}
