import type { DynamicModule, ExecutionContext, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Redis } from 'ioredis';
import { ConfigValidationError, REDIS, REDIS_KEYS } from '#common';
import type { RedisKeys } from '#common';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';

export interface RateLimitOptions {
  /** Requests per app per window, for apps without a `rateLimit` of their own (BFF_API_KEYS); 0 turns limiting off. */
  limit: number;
  windowSeconds: number;
  /** Apps whose `rateLimit` replaces `limit`; with limiting off they would silently go unlimited, so that is refused. */
  appsWithOwnLimit: readonly string[];
}

/**
 * Per-app request limits (429 problem+json with Retry-After), shared by all instances through Redis: @nestjs/throttler
 * with a Redis storage. `guard` goes in AppModule's providers right after the API-key guard (it limits per app).
 *
 * Loaded on demand: @nestjs/throttler is CommonJS requiring Nest's ESM packages, which Node 20 loads natively but Jest
 * cannot, so in-process specs run with limits off (BFF_RATE_LIMIT=0) and the e2e suite covers them.
 */
export async function rateLimiting(options: RateLimitOptions): Promise<{ imports: DynamicModule[]; guard: Provider[] }> {
  if (options.limit === 0) {
    if (options.appsWithOwnLimit.length > 0) {
      throw new ConfigValidationError([`BFF_RATE_LIMIT=0 turns rate limits off, but BFF_API_KEYS gives ${options.appsWithOwnLimit.join(', ')} a rateLimit: set BFF_RATE_LIMIT or drop rateLimit`]);
    }
    return { imports: [], guard: [] };
  }
  const [{ ThrottlerModule }, { AppThrottlerGuard }] = await Promise.all([import('@nestjs/throttler'), import('./app-throttler.guard.js')]);
  const throttler = ThrottlerModule.forRootAsync({
    inject: [REDIS, REDIS_KEYS],
    useFactory: (redis: Redis, keys: RedisKeys) => ({
      throttlers: [{ name: 'default', limit: (context: ExecutionContext) => appLimit(context, options.limit), ttl: options.windowSeconds * 1000 }],
      storage: new RedisThrottlerStorage(redis, keys),
    }),
  });
  return { imports: [throttler], guard: [{ provide: APP_GUARD, useClass: AppThrottlerGuard }] };
}

/** The calling app's own limit, else the default (requests without an app are skipped before this is asked). */
function appLimit(context: ExecutionContext, defaultLimit: number): number {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().apiClient?.rateLimit ?? defaultLimit;
}
