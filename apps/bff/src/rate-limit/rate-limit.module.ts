import type { DynamicModule, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Redis } from 'ioredis';
import { REDIS, REDIS_KEYS } from '#common';
import type { RedisKeys } from '#common';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';

export interface RateLimitOptions {
  /** Requests per app per window; 0 turns limiting off. */
  limit: number;
  windowSeconds: number;
}

/**
 * Per-app request limits (429 problem+json with Retry-After), shared by all instances through Redis: @nestjs/throttler
 * with a Redis storage. `guard` goes in AppModule's providers right after the API-key guard (it limits per app).
 *
 * Loaded on demand: @nestjs/throttler is CommonJS requiring Nest's ESM packages, which Node 20 loads natively but Jest
 * cannot, so in-process specs run with limits off (BFF_RATE_LIMIT=0) and the e2e suite covers them.
 */
export async function rateLimiting(options: RateLimitOptions): Promise<{ imports: DynamicModule[]; guard: Provider[] }> {
  if (options.limit === 0) return { imports: [], guard: [] };
  const [{ ThrottlerModule }, { AppThrottlerGuard }] = await Promise.all([import('@nestjs/throttler'), import('./app-throttler.guard.js')]);
  const throttler = ThrottlerModule.forRootAsync({
    inject: [REDIS, REDIS_KEYS],
    useFactory: (redis: Redis, keys: RedisKeys) => ({
      throttlers: [{ name: 'default', limit: options.limit, ttl: options.windowSeconds * 1000 }],
      storage: new RedisThrottlerStorage(redis, keys),
    }),
  });
  return { imports: [throttler], guard: [{ provide: APP_GUARD, useClass: AppThrottlerGuard }] };
}
