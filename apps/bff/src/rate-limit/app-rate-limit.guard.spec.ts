import { HttpException } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { testRedis, TestRedis } from '#test-support';
import type { ApiClient } from '../auth/api-clients.js';
import { AppRateLimitGuard, RATE_LIMITED_MESSAGE } from './app-rate-limit.guard.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';

/** A request of `app` (none: a public route) and the headers the guard set on its reply. */
function request(app: ApiClient | undefined) {
  const headers: Record<string, unknown> = {};
  const reply = { header: (name: string, value: unknown) => (headers[name] = value) };
  const context = { switchToHttp: () => ({ getRequest: () => ({ apiClient: app }), getResponse: () => reply }) } as unknown as ExecutionContext;
  return { context, headers };
}

const app = (name: string, rateLimit?: number): ApiClient => ({ name, scopes: new Set(['*']), ...(rateLimit ? { rateLimit } : {}) });

describe('AppRateLimitGuard', () => {
  let redis: TestRedis;
  beforeAll(() => (redis = testRedis('rate-limit-guard')));
  afterAll(() => redis.cleanup());

  const guard = (limit: number, windowSeconds = 60) => new AppRateLimitGuard(new RedisThrottlerStorage(redis.connect(), redis.keys), limit, windowSeconds);

  it('lets public requests (no app) through without counting or headers', async () => {
    const { context, headers } = request(undefined);
    expect(await guard(1).canActivate(context)).toBe(true);
    expect(headers).toEqual({});
  });

  it('counts each app in its window with the X-RateLimit headers, then refuses with Retry-After and a 429', async () => {
    const limited = guard(3);
    const seen = [];
    for (let i = 0; i < 3; i++) {
      const { context, headers } = request(app('counted'));
      expect(await limited.canActivate(context)).toBe(true);
      seen.push(headers);
    }
    expect(seen.map((h) => h['X-RateLimit-Remaining'])).toEqual([2, 1, 0]);
    expect(seen[0]).toMatchObject({ 'X-RateLimit-Limit': 3, 'X-RateLimit-Reset': 60 });

    const { context, headers } = request(app('counted'));
    const refusal = await Promise.resolve()
      .then(() => limited.canActivate(context))
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(HttpException);
    expect((refusal as HttpException).getStatus()).toBe(429);
    expect((refusal as HttpException).message).toBe(RATE_LIMITED_MESSAGE);
    expect(headers['Retry-After']).toBe(60);
    // Another app has its own window.
    expect(await limited.canActivate(request(app('other')).context)).toBe(true);
  });

  it("holds an app with a limit of its own to it, and answers from this instance's lease without a promise", async () => {
    const limited = guard(1000);
    const first = request(app('own', 400));
    expect(await limited.canActivate(first.context)).toBe(true);
    expect(first.headers).toMatchObject({ 'X-RateLimit-Limit': 400, 'X-RateLimit-Remaining': 399 });
    // The first hit took a lease of 4 (1 % of 400): the next ones are decided in memory, synchronously.
    const second = request(app('own', 400));
    expect(limited.canActivate(second.context)).toBe(true);
    expect(second.headers['X-RateLimit-Remaining']).toBe(398);
  });
});
