import type { DynamicModule, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigValidationError, REDIS, REDIS_KEYS } from '#common';
import type { RedisConnection, RedisKeys } from '#common';
import { AppRateLimitGuard } from './app-rate-limit.guard.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';

export interface RateLimitOptions {
  /** Requests per app per window, for apps without a `rateLimit` of their own (BFF_API_KEYS); 0 turns limiting off. */
  limit: number;
  windowSeconds: number;
  /** Apps whose `rateLimit` replaces `limit`; with limiting off they would silently go unlimited, so that is refused. */
  appsWithOwnLimit: readonly string[];
}

/**
 * Per-app request limits (429 problem+json with Retry-After), shared by all instances through Redis: AppRateLimitGuard
 * over RedisThrottlerStorage. `guard` goes in AppModule's providers right after the API-key guard (it limits per app).
 * (`imports` stays for the module's shape; the guard needs no module of its own.)
 */
export async function rateLimiting(options: RateLimitOptions): Promise<{ imports: DynamicModule[]; guard: Provider[] }> {
  if (options.limit === 0) {
    if (options.appsWithOwnLimit.length > 0) {
      throw new ConfigValidationError([`BFF_RATE_LIMIT=0 turns rate limits off, but BFF_API_KEYS gives ${options.appsWithOwnLimit.join(', ')} a rateLimit: set BFF_RATE_LIMIT or drop rateLimit`]);
    }
    return { imports: [], guard: [] };
  }
  return {
    imports: [],
    guard: [
      {
        provide: APP_GUARD,
        inject: [REDIS, REDIS_KEYS],
        useFactory: (redis: RedisConnection, keys: RedisKeys) => new AppRateLimitGuard(new RedisThrottlerStorage(redis, keys), options.limit, options.windowSeconds),
      },
    ],
  };
}
