import { signLogin, useSimulator } from '#test-support';

describe('simulator control plane', () => {
  const sim = useSimulator();

  it('counts requests by method and route template, and not its own calls', async () => {
    await sim.call('GET', '/rest/health');
    await sim.call('GET', '/rest/health');
    await sim.call('POST', '/rest/auth/login', { body: { merchant: sim.secrets.merchantSlug, signature: signLogin(sim.secrets) } });
    const { body } = await sim.call('GET', '/__sim/stats');
    expect(body.requests).toEqual({ 'GET /rest/health': 2, 'POST /rest/auth/login': 1 });
    expect(body.logins).toEqual({ wallet: 1, cmsApp: 0, cmsUser: 0 });
  });

  it('revokes every session (access and refresh tokens) and keeps the state', async () => {
    const login = await sim.call('POST', '/rest/auth/login', { body: { merchant: sim.secrets.merchantSlug, signature: signLogin(sim.secrets) } });
    const { accessToken, refreshToken } = login.body.data;
    const bearer = { authorization: `Bearer ${accessToken}` };
    const before = await sim.call('GET', '/rest/cards/5001', { headers: bearer });
    expect(before.status).toBe(200);
    expect((await sim.call('POST', '/__sim/sessions/revoke')).body).toEqual({ revoked: true });
    expect((await sim.call('GET', '/rest/cards/5001', { headers: bearer })).status).toBe(401);
    expect((await sim.call('POST', '/rest/auth/refresh', { body: { refreshToken } })).status).toBe(401);
    const again = await sim.call('POST', '/rest/auth/login', { body: { merchant: sim.secrets.merchantSlug, signature: signLogin(sim.secrets) } });
    const after = await sim.call('GET', '/rest/cards/5001', { headers: { authorization: `Bearer ${again.body.data.accessToken}` } });
    expect(after.body.data.balance).toBe(before.body.data.balance);
  });

  it('injects a status for the next N requests, is observable, and can be cleared', async () => {
    const added = await sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'GET', path: '/health', status: 503, retryAfterSeconds: 2, times: 2 } });
    expect(added.status).toBe(201);
    const first = await sim.call('GET', '/rest/health');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('2');
    expect((await sim.call('GET', '/__sim/faults')).body.faults[0]).toMatchObject({ id: added.body.id, applied: 1, remaining: 1 });
    expect((await sim.call('GET', '/rest/health')).status).toBe(503);
    expect((await sim.call('GET', '/rest/health')).status).toBe(200);
    expect((await sim.call('GET', '/__sim/stats')).body.faultsApplied).toBe(2);
  });

  it('keeps an unlimited fault until DELETE /__sim/faults', async () => {
    await sim.call('POST', '/__sim/faults', { body: { surface: '*', status: 500 } });
    const failed = await sim.call('GET', '/rest/health');
    expect(failed.status).toBe(500);
    expect(failed.body.errors[0].code).toBe('7003');
    await sim.call('DELETE', '/__sim/faults');
    expect((await sim.call('GET', '/rest/health')).status).toBe(200);
  });

  it('adds latency', async () => {
    await sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', path: '/health', latencyMs: 250, times: 1 } });
    const started = Date.now();
    expect((await sim.call('GET', '/rest/health')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('resets the connection', async () => {
    await sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', path: '/health', reset: true, times: 1 } });
    await expect(sim.call('GET', '/rest/health')).rejects.toThrow();
    expect((await sim.call('GET', '/rest/health')).status).toBe(200);
  });

  it('refuses a fault with no effect or two effects', async () => {
    expect((await sim.call('POST', '/__sim/faults', { body: { surface: 'wallet' } })).status).toBe(400);
    expect((await sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', status: 500, latencyMs: 5 } })).status).toBe(400);
    expect((await sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', status: 418 } })).status).toBe(400);
  });

  it('reset clears counters and faults', async () => {
    await sim.call('GET', '/rest/health');
    await sim.call('POST', '/__sim/faults', { body: { surface: 'cms', status: 502 } });
    await sim.call('POST', '/__sim/reset');
    const stats = (await sim.call('GET', '/__sim/stats')).body;
    expect(stats.requests).toEqual({});
    expect((await sim.call('GET', '/__sim/faults')).body.faults).toEqual([]);
  });

  it('changes and restores run-time settings', async () => {
    const patched = await sim.call('PATCH', '/__sim/config', { body: { walletAccessTtlSeconds: 2 } });
    expect(patched.body.walletAccessTtlSeconds).toBe(2);
    expect((await sim.call('PATCH', '/__sim/config', { body: { walletAccessTtlSeconds: 0 } })).status).toBe(400);
    await sim.call('POST', '/__sim/reset');
    expect((await sim.call('GET', '/__sim/config')).body.walletAccessTtlSeconds).toBe(1800);
  });
});
