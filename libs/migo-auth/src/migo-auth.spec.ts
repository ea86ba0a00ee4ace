import { RunningSimulator, startSimulator, testRedis, TestRedis, upstreamStack } from '#test-support';
import { UpstreamHttp } from '#migo-http';
import { MigoAuth } from './migo-auth.service.js';
import type { TokenEvent } from './token-exchange.js';

/** Token handling against the simulator and real Redis, as several BFF/worker processes would share it. */
describe('Migo sessions shared across instances', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;

  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());
  beforeEach(async () => {
    await sim.call('POST', '/__sim/reset');
    redis = testRedis('migo-auth');
  });
  afterEach(() => redis.cleanup());

  const stats = async () => (await sim.call('GET', '/__sim/stats')).body;
  const instance = () => upstreamStack(sim, redis.connect(), redis.keys);
  const getUser = (upstream: UpstreamHttp, auth: MigoAuth) =>
    upstream.request<{ userId: number }>({ upstream: 'wallet', method: 'GET', route: '/users/:userId', params: { userId: 101 }, auth: auth.wallet });

  it('500 concurrent calls on a cold cache cause exactly one Wallet login', async () => {
    const { upstream, auth } = instance();
    const results = await Promise.all(Array.from({ length: 500 }, () => getUser(upstream, auth)));
    expect(results.every((r) => r.data.userId === 101)).toBe(true);
    const s = await stats();
    expect(s.logins.wallet).toBe(1);
    expect(s.requests['POST /rest/auth/login']).toBe(1);
  });

  it('two instances with their own Redis connections share one login, and one refresh across an expiry', async () => {
    await sim.call('PATCH', '/__sim/config', { body: { walletAccessTtlSeconds: 3 } });
    const a = instance();
    const b = instance();
    const burst = () => Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? getUser(a.upstream, a.auth) : getUser(b.upstream, b.auth))));
    await burst();
    expect((await stats()).logins.wallet).toBe(1);

    // Let the token enter its refresh window (half its lifetime), then hit both instances at once.
    await new Promise((r) => setTimeout(r, 2200));
    await burst();
    await new Promise((r) => setTimeout(r, 200));
    const s = await stats();
    expect(s.logins.wallet).toBe(1);
    expect(s.refreshes.wallet).toBe(1);
    // No request was ever refused: one refresh call, no 401 from a reused refresh token.
    expect(s.requests['POST /rest/auth/refresh']).toBe(1);
  });

  it('with a 2-second token lifetime, 10 seconds of calls cause refreshes, not logins, and none fails', async () => {
    await sim.call('PATCH', '/__sim/config', { body: { walletAccessTtlSeconds: 2 } });
    const a = instance();
    const b = instance();
    const failures: unknown[] = [];
    let calls = 0;
    const until = Date.now() + 10_000;
    const loop = async (stack: ReturnType<typeof instance>) => {
      while (Date.now() < until) {
        calls++;
        await getUser(stack.upstream, stack.auth).catch((error) => failures.push(error));
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await Promise.all([loop(a), loop(a), loop(b), loop(b)]);
    const s = await stats();
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(200);
    expect(s.logins.wallet).toBe(1);
    expect(s.refreshes.wallet).toBeGreaterThanOrEqual(5);
    expect(s.requests['POST /rest/auth/refresh']).toBe(s.refreshes.wallet);
    expect(s.requests['GET /rest/users/:userId']).toBe(calls);
  }, 20_000);

  it('retries a forced 401 exactly once with a renewed token', async () => {
    const { upstream, auth } = instance();
    await getUser(upstream, auth);
    await sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'GET', path: '/users/*', status: 401, times: 1 } });
    await expect(getUser(upstream, auth)).resolves.toMatchObject({ data: { userId: 101 } });
    const s = await stats();
    expect(s.requests['GET /rest/users/:userId']).toBe(3);
    expect(s.logins.wallet + s.refreshes.wallet).toBe(2);
  });

  const cmsWrite = (upstream: UpstreamHttp, auth: MigoAuth) =>
    upstream.request({ upstream: 'cms', method: 'POST', route: '/app/partners/:partnerId/cardholders/:cardholderId', params: { partnerId: 'acme', cardholderId: 1 }, body: {}, auth: auth.cms() });

  it('finding 2: after another instance renewed the shared CMS session and Migo revoked every session, the next write logs in once and succeeds', async () => {
    const bff = instance();
    const worker = instance();
    await cmsWrite(bff.upstream, bff.auth); // the BFF logs in; its own copy of both sessions
    await sim.call('POST', '/__sim/reset'); // Migo revokes every session
    await cmsWrite(worker.upstream, worker.auth); // the worker renews the shared sessions in Redis
    await sim.call('POST', '/__sim/reset'); // and Migo revokes them all again
    await expect(cmsWrite(bff.upstream, bff.auth)).resolves.toMatchObject({ status: 200 });
    const s = await stats();
    expect(s.logins).toMatchObject({ cmsApp: 1, cmsUser: 1 });
    // Its own stale copy, then the worker's (revoked too), then the renewed one.
    expect(s.requests['POST /cms/rest/app/partners/:partnerId/cardholders/:cardholderId']).toBe(3);
  });

  it('finding 2: instances meeting a revocation together log in once per credential', async () => {
    const a = instance();
    const b = instance();
    await Promise.all([cmsWrite(a.upstream, a.auth), getUser(b.upstream, b.auth)]);
    await sim.call('POST', '/__sim/reset');
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? cmsWrite(a.upstream, a.auth) : cmsWrite(b.upstream, b.auth))));
    expect(results.every((result) => result.status === 200)).toBe(true);
    expect((await stats()).logins).toEqual({ wallet: 0, cmsApp: 1, cmsUser: 1 });
  });

  it('surfaces a persistent 401 as an auth error after one retry', async () => {
    const { upstream, auth } = instance();
    await sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'GET', path: '/users/*', status: 401 } });
    await expect(getUser(upstream, auth)).rejects.toMatchObject({ kind: 'unauthorized', upstream: 'wallet' });
    expect((await stats()).requests['GET /rest/users/:userId']).toBe(2);
  });

  it('falls back to a login when Migo refuses the refresh token', async () => {
    const { upstream, auth } = instance();
    await getUser(upstream, auth);
    await sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'POST', path: '/auth/refresh', status: 401, times: 1 } });
    await sim.call('POST', '/__sim/tokens/expire', { body: { kind: 'wallet' } });
    await expect(getUser(upstream, auth)).resolves.toMatchObject({ data: { userId: 101 } });
    expect((await stats()).logins.wallet).toBe(2);
  });

  it('keeps one CMS app session and one operator session, sending x-user-token as Bearer', async () => {
    const { upstream, auth } = instance();
    const calls = Array.from({ length: 100 }, () =>
      upstream.request({ upstream: 'cms', method: 'GET', route: '/app/partners/:partnerId/cardholders', params: { partnerId: 'acme' }, auth: auth.cms() }),
    );
    await Promise.all(calls);
    const s = await stats();
    expect(s.logins.cmsApp).toBe(1);
    expect(s.logins.cmsUser).toBe(1);
  });

  it('never lets a token value reach an error message', async () => {
    const { upstream, auth } = instance();
    await getUser(upstream, auth);
    const token = await auth.walletSession.accessToken();
    await sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'GET', path: '/users/*', status: 401 } });
    const error = await getUser(upstream, auth).catch((e) => e);
    expect(JSON.stringify({ message: error.message, ...error })).not.toContain(token);
  });

  it('reports logins and refreshes to the optional listener (metrics), naming the credential and never a token', async () => {
    await sim.call('PATCH', '/__sim/config', { body: { walletAccessTtlSeconds: 2 } });
    const events: TokenEvent[] = [];
    const { upstream, auth } = upstreamStack(sim, redis.connect(), redis.keys, { onTokenEvent: (event) => events.push(event) });
    await getUser(upstream, auth);
    await new Promise((r) => setTimeout(r, 1200));
    await getUser(upstream, auth);
    await new Promise((r) => setTimeout(r, 200));
    const token = await auth.walletSession.accessToken();
    expect(events.filter((e) => e.kind === 'login' || e.kind === 'refresh')).toEqual([
      { credential: 'wallet', kind: 'login' },
      { credential: 'wallet', kind: 'refresh' },
    ]);
    expect(events.every((event) => Object.keys(event).sort().join() === 'credential,kind')).toBe(true);
    expect(JSON.stringify(events)).not.toContain(token);
  });
});
