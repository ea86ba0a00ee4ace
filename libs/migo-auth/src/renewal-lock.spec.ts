import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { RedisKeys } from '#common';
import { UpstreamError } from '#migo-http';
import { PrivateRedis } from '#test-support';
import { RefreshingTokenProvider } from './refreshing-token-provider.js';
import { SharedTokenStore } from './shared-token-store.js';
import type { TokenEvent, TokenExchange } from './token-exchange.js';
import type { TokenSet } from './token-set.js';

/** Migo's side of one credential: single-use refresh tokens, counted logins and refreshes, a switch to fail. */
class FakeMigo {
  /** Logins and refreshes asked for, whatever came of them. */
  renewalAttempts = 0;
  logins = 0;
  refreshes = 0;
  refused = 0;
  down = false;
  private issued = 0;
  private readonly live = new Set<string>();

  pair(): TokenSet {
    const n = ++this.issued;
    this.live.add(`refresh-${n}`);
    return { accessToken: `access-${n}`, accessExpiresAt: Date.now() + 60_000, refreshToken: `refresh-${n}`, refreshExpiresAt: Date.now() + 3_600_000, obtainedAt: Date.now() };
  }

  exchange(delayMs: number): TokenExchange {
    return {
      name: 'fake',
      login: async () => {
        this.renewalAttempts++;
        await sleep(delayMs);
        if (this.down) throw new UpstreamError('wallet', 'response', 'Migo is down', 503);
        this.logins++;
        return this.pair();
      },
      refresh: async (refreshToken: string) => {
        this.renewalAttempts++;
        if (this.down) throw new UpstreamError('wallet', 'response', 'Migo is down', 503);
        // Spent the moment Migo sees it, as a single-use token is.
        const valid = this.live.delete(refreshToken);
        await sleep(delayMs);
        if (!valid) {
          this.refused++;
          throw new UpstreamError('wallet', 'response', 'Refresh token already used.', 401);
        }
        this.refreshes++;
        return this.pair();
      },
    };
  }
}

describe('the renewal lock: a lease extended while renewing, and writes fenced by generation (finding 6)', () => {
  let server: PrivateRedis;
  let redis: Redis;
  let keys: RedisKeys;
  let store: SharedTokenStore;
  let migo: FakeMigo;
  let events: TokenEvent[];

  beforeAll(async () => {
    server = await PrivateRedis.start();
    redis = server.connect();
  });
  afterAll(async () => {
    await redis.quit();
    await server.dispose();
  });
  beforeEach(async () => {
    await redis.flushall();
    keys = new RedisKeys(`lock-${Math.random().toString(36).slice(2, 8)}`);
    store = new SharedTokenStore(redis, keys);
    migo = new FakeMigo();
    events = [];
    // A stored pair whose access token has expired and whose refresh token is still good: the next caller refreshes.
    const seeded = migo.pair();
    await store.write('fake', { ...seeded, accessExpiresAt: Date.now() - 1 }, 0);
  });

  const provider = (delayMs: number, options: ConstructorParameters<typeof RefreshingTokenProvider>[3] = {}, on = store) =>
    new RefreshingTokenProvider(migo.exchange(delayMs), on, (event) => events.push(event), { lockTtlMs: 150, ...options });

  it('keeps the lock for a renewal slower than its lease: the other instance waits, one refresh, nothing refused', async () => {
    // A lease of 3 s (extended every ~1 s) against a refresh of 6 s: without extension it would lapse. (Shorter
    // leases lapsed on a loaded machine whose timers ran late, 330 ms with 500 ms, over 1 s with 1.5 s: then B,
    // rightly, took over.)
    const a = provider(6000, { lockTtlMs: 3000 });
    const b = provider(6000, { lockTtlMs: 3000 });
    const first = a.accessToken();
    await sleep(50);
    const second = b.accessToken(); // the lock is A's
    const [tokenA, tokenB] = await Promise.all([first, second]);
    expect(tokenA).toBe(tokenB);
    expect({ refreshes: migo.refreshes, logins: migo.logins, refused: migo.refused }).toEqual({ refreshes: 1, logins: 0, refused: 0 });
  });

  it('a holder that lost its lease cannot overwrite the newer pair another instance stored', async () => {
    const slow = provider(600);
    const stale = slow.accessToken();
    await sleep(50);
    await redis.del(`${keys.key('tokens', '{fake}')}:lock`); // the slow holder's lease is gone (paused process, partition)
    const fast = provider(50);
    const fresh = await fast.accessToken(); // takes the lock; the refresh token is spent, so it logs in
    const stored = await store.read('fake');
    expect(stored).toMatchObject({ accessToken: fresh, generation: 2 });
    // The slow holder's refresh succeeds too (it spent the refresh token first), but what it stores cannot replace the
    // newer generation: it serves the stored pair.
    await expect(stale).resolves.toBe(fresh);
    expect((await store.read('fake'))!.accessToken).toBe(fresh);
    expect(events.map((event) => event.kind)).toContain('fenced');
  });

  it('keeps a refreshed pair when storing it fails, serves it, and stores it once Redis answers', async () => {
    const flaky = new SharedTokenStore(redis, keys);
    const write = flaky.write.bind(flaky);
    let failures = 1;
    flaky.write = async (...args) => (failures-- > 0 ? Promise.reject(new Error('READONLY You can not write against a read only replica')) : write(...args));
    const a = provider(10, { storeRetryDelaysMs: [50, 50, 50] }, flaky);
    const token = await a.accessToken();
    expect(migo.refreshes).toBe(1);
    expect(events.map((event) => event.kind)).toContain('store-write-failed');
    await sleep(200);
    expect((await store.read('fake'))!.accessToken).toBe(token);
    // Another instance now shares it instead of spending the (already used) refresh token again.
    expect(await provider(10).accessToken()).toBe(token);
    expect({ refreshes: migo.refreshes, logins: migo.logins, refused: migo.refused }).toEqual({ refreshes: 1, logins: 0, refused: 0 });
  });

  it('finding 5: with Redis frozen, renews once per instance (single-flight) and backs off while Migo fails: no storm', async () => {
    const frozenClient = server.connect();
    const cut = new SharedTokenStore(frozenClient, keys, { commandTimeoutMs: 100 });
    const a = provider(10, { failureCacheMs: 200, maxFailureBackoffMs: 1000 }, cut);
    await redis.quit();
    server.freeze();
    try {
      const tokens = await Promise.all(Array.from({ length: 50 }, () => a.accessToken()));
      expect(new Set(tokens).size).toBe(1);
      expect(migo.logins + migo.refreshes).toBe(1);
      expect(events.filter((event) => event.kind === 'store-unavailable').length).toBeGreaterThanOrEqual(1);

      await a.invalidate(tokens[0]);
      migo.down = true;
      const attempts = migo.renewalAttempts;
      const until = Date.now() + 1500;
      let calls = 0;
      while (Date.now() < until) {
        calls++;
        await a.accessToken().catch(() => undefined);
        await sleep(10);
      }
      // 200, 400, 800 ms of backoff: at most four tries in 1.5 s, whatever the number of callers.
      expect(calls).toBeGreaterThan(20); // many calls (fewer on a loaded machine), few tries
      expect(migo.renewalAttempts - attempts).toBeGreaterThanOrEqual(2);
      expect(migo.renewalAttempts - attempts).toBeLessThanOrEqual(4);
    } finally {
      server.thaw();
      frozenClient.disconnect();
      redis = server.connect();
    }
  });
});
