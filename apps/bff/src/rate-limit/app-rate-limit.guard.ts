import { CanActivate, ExecutionContext, HttpException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import type { RedisThrottlerStorage, ThrottlerStorageRecord } from './redis-throttler.storage.js';

/** The one named window every app is counted in (the name is part of the Redis key, as @nestjs/throttler had it). */
const THROTTLER_NAME = 'default';
/** @nestjs/throttler's message for a refused request: the problem's `detail`. */
export const RATE_LIMITED_MESSAGE = 'ThrottlerException: Too Many Requests';

/**
 * Limits each app (by its API key's name) across every route and every BFF instance, after the API-key guard; public
 * routes (health, docs) carry no app and are not limited, so probes never see a 429. Answers within the limit carry
 * `X-RateLimit-Limit`, `-Remaining` and `-Reset`; a refused one gets `Retry-After` and a 429.
 *
 * What @nestjs/throttler's guard did here, with its keys, headers and answers, minus its per-request generality (five
 * metadata lookups, a dozen awaits): while this instance's lease of the window has hits left, which is nearly always,
 * the answer is decided without a promise.
 */
export class AppRateLimitGuard implements CanActivate {
  private readonly windowMs: number;

  constructor(
    private readonly storage: RedisThrottlerStorage,
    private readonly defaultLimit: number,
    windowSeconds: number,
  ) {
    this.windowMs = windowSeconds * 1000;
  }

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const http = context.switchToHttp();
    const app = http.getRequest<AuthenticatedRequest>().apiClient;
    if (!app) return true;
    const limit = app.rateLimit ?? this.defaultLimit;
    const key = `${THROTTLER_NAME}:${app.name}`;
    const reply = http.getResponse<FastifyReply>();
    const record = this.storage.fromLease(key, limit, THROTTLER_NAME);
    if (record) return this.settle(record, limit, reply);
    return this.storage.increment(key, this.windowMs, limit, this.windowMs, THROTTLER_NAME).then((taken) => this.settle(taken, limit, reply));
  }

  private settle(record: ThrottlerStorageRecord, limit: number, reply: FastifyReply): true {
    if (record.isBlocked) {
      reply.header('Retry-After', record.timeToBlockExpire);
      throw new HttpException(RATE_LIMITED_MESSAGE, 429);
    }
    reply.header('X-RateLimit-Limit', limit);
    reply.header('X-RateLimit-Remaining', Math.max(0, limit - record.totalHits));
    reply.header('X-RateLimit-Reset', record.timeToExpire);
    return true;
  }
}
