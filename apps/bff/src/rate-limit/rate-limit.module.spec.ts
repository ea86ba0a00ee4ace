import { ConfigValidationError } from '#common';
import { rateLimiting } from './rate-limit.module.js';

describe('rateLimiting', () => {
  it('is off with BFF_RATE_LIMIT=0 when no app has a limit of its own', async () => {
    await expect(rateLimiting({ limit: 0, windowSeconds: 60, appsWithOwnLimit: [] })).resolves.toEqual({ imports: [], guard: [] });
  });

  it('refuses to start with limits off while an app has a limit of its own (it would silently go unlimited)', async () => {
    await expect(rateLimiting({ limit: 0, windowSeconds: 60, appsWithOwnLimit: ['billing'] })).rejects.toThrow(ConfigValidationError);
    await expect(rateLimiting({ limit: 0, windowSeconds: 60, appsWithOwnLimit: ['billing'] })).rejects.toThrow(/billing/);
  });
});
