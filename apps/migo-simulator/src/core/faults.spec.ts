import { effectOf, FaultRegistry, FaultSpec, pathMatcher } from './faults.js';
import { ResetRegistry } from './reset-registry.js';
import { SimStats } from './sim-stats.js';

function registry() {
  const resets = new ResetRegistry();
  return new FaultRegistry(resets, new SimStats(resets));
}

function spec(partial: Partial<FaultSpec>): FaultSpec {
  return Object.assign(new FaultSpec(), { surface: 'wallet', ...partial });
}

describe('pathMatcher', () => {
  it.each([
    ['/cards/:cardId/funds', '/cards/5001/funds', true],
    ['/cards/*/funds', '/cards/5001/funds', true],
    ['/cards/*/funds', '/cards/5001/pin', false],
    ['/cards/**', '/cards/5001/transfers/1/2026', true],
    ['/cards/**', '/cards', true],
    ['/auth/login', '/auth/login', true],
    ['/auth/login', '/auth/loginx', false],
    [undefined, '/anything/at/all', true],
  ])('%s matches %s → %s', (pattern, path, expected) => {
    expect(pathMatcher(pattern).test(path)).toBe(expected);
  });
});

describe('FaultRegistry', () => {
  it('applies a counted fault exactly N times, then forgets it', () => {
    const faults = registry();
    faults.add(spec({ path: '/cards/*/funds', status: 503, times: 2 }), { kind: 'status', status: 503 });
    const take = () => faults.take('wallet', 'POST', '/cards/1/funds', ['status', 'latency', 'reset']);
    expect(take()).toEqual({ kind: 'status', status: 503 });
    expect(take()).toBeDefined();
    expect(take()).toBeUndefined();
    expect(faults.list()).toHaveLength(0);
  });

  it('matches only its surface, method and kind', () => {
    const faults = registry();
    faults.add(spec({ method: 'GET', sseCutAfterFrames: 2 }), { kind: 'sse-cut', afterFrames: 2 });
    expect(faults.take('cms', 'GET', '/x', ['sse-cut'])).toBeUndefined();
    expect(faults.take('wallet', 'POST', '/x', ['sse-cut'])).toBeUndefined();
    expect(faults.take('wallet', 'GET', '/x', ['status'])).toBeUndefined();
    expect(faults.take('wallet', 'GET', '/x', ['sse-cut'])).toEqual({ kind: 'sse-cut', afterFrames: 2 });
  });

  it('requires exactly one effect', () => {
    expect(effectOf(spec({}))).toMatch(/exactly one/);
    expect(effectOf(spec({ status: 500, latencyMs: 10 }))).toMatch(/exactly one/);
    expect(effectOf(spec({ reset: true }))).toEqual({ kind: 'reset' });
  });
});
