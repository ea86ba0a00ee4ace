import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RedisEnv } from './redis.config.js';

export const REDIS = Symbol('REDIS');
export const REDIS_KEYS = Symbol('REDIS_KEYS');

/** Builds keys under the deployment prefix. `{tag}` hash tags keep related keys in one Redis Cluster slot. */
export class RedisKeys {
  constructor(readonly prefix: string) {}

  key(...parts: Array<string | number>): string {
    return [this.prefix, ...parts].join(':');
  }
}

/**
 * The HTTP-path connection fails fast while Redis is down (no offline queue), so requests answer 503 instead of
 * hanging; it reconnects on its own.
 */
export function createRedisClient(url: string, name: string): Redis {
  const client = new Redis(url, { connectionName: name, enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  // While Redis is away every command fails (and readiness says so); without a listener ioredis would also print
  // each failed reconnection as an "Unhandled error event".
  client.on('error', () => undefined);
  return client;
}

/**
 * Resolves true once the connection is ready, false after `timeoutMs` (Redis down or slow): a process waits for it
 * before it accepts requests, so its first requests are not refused by a connection that is still being made. It
 * starts anyway when Redis does not answer in time (requests then get 503 until it does, as at any outage).
 */
export function whenRedisReady(redis: Redis, timeoutMs: number): Promise<boolean> {
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

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

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
        { provide: REDIS, useFactory: () => createRedisClient(env.REDIS_URL, connectionName) },
        { provide: REDIS_KEYS, useValue: new RedisKeys(env.REDIS_KEY_PREFIX) },
        RedisCloser,
      ],
      exports: [REDIS, REDIS_KEYS],
    };
  }
}
