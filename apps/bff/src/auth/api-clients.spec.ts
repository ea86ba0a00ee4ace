import { ConfigValidationError } from '#common';
import { ApiClientRegistry, sha256 } from './api-clients.js';

const entry = (extra: Record<string, unknown> = {}) => ({ name: 'billing', sha256: sha256('key-billing-0001').toString('hex'), scopes: ['wallet:read'], partners: ['*'], ...extra });
const load = (...entries: unknown[]) => ApiClientRegistry.fromConfig(JSON.stringify(entries), undefined);

describe('ApiClientRegistry: an app’s own rate limit', () => {
  it('carries an app’s rateLimit to the identified client, and none for apps without one', () => {
    const registry = load(entry({ rateLimit: 120 }), { ...entry({ rateLimit: null }), name: 'console', sha256: sha256('key-console-0002').toString('hex') });
    expect(registry.identify('key-billing-0001')).toMatchObject({ name: 'billing', rateLimit: 120 });
    expect(registry.identify('key-console-0002')?.rateLimit).toBeUndefined(); // null is the same as leaving it out
    expect(registry.appsWithOwnRateLimit()).toEqual(['billing']);
  });

  it.each([0, -5, 1.5, '100'])('refuses rateLimit %p, naming the entry', (rateLimit) => {
    let error: unknown;
    try {
      load(entry({ rateLimit }));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    expect(String((error as Error).message)).toMatch(/BFF_API_KEYS\[0\]\.rateLimit/);
  });
});

describe('ApiClientRegistry: admin and partner restrictions', () => {
  it.each([['admin'], ['*']])('refuses scope %s for an app limited to some partners (an admin sees every partner)', (scope) => {
    expect(() => load(entry({ scopes: ['wallet:read', scope], partners: ['acme'] }))).toThrow(/limited to some partners but has scope/);
  });

  it('accepts admin for an app open to every partner', () => {
    expect(load(entry({ scopes: ['admin'], partners: ['*'] })).identify('key-billing-0001')?.scopes.has('admin')).toBe(true);
  });
});
