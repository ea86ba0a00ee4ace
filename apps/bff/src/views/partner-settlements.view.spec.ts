import { RunningBff, RunningSimulator, startBff, startSimulator, testRedis, TestRedis } from '#test-support';

const today = () => new Date().toISOString().slice(0, 10);
const SETTLEMENTS = 'GET /rest/settlements';
const PAYMENTS = 'GET /mw/payments';

/** The cutoff a capture falls in: that day's 23:30 UTC, or the next day's from 23:30 on. */
function cutoffOf(capturedAt: string): number {
  const day = Date.parse(`${capturedAt.slice(0, 10)}T23:30:00.000Z`);
  return Date.parse(capturedAt) < day ? day : day + 86_400_000;
}

describe('View GET /v1/views/partners/:partnerId/settlements', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;
  /** No view cache, 1 s budget per source (room for a loaded machine; the slow fault is well past it). */
  let bff: RunningBff;
  const view = (partnerId = 'acme', as?: 'acme') => bff.call('GET', `/v1/views/partners/${partnerId}/settlements?from=${today()}&to=${today()}`, as ? { as } : {});
  const clockTo = (ms: number) => sim.call('POST', '/__sim/settlements/clock', { body: { to: new Date(ms).toISOString() } });
  const calls = async () => (await sim.call('GET', '/__sim/stats')).body.requests as Record<string, number>;

  beforeAll(async () => {
    sim = await startSimulator();
    redis = testRedis('bff-settlements-view');
    bff = await startBff(sim, redis, { VIEW_TTL_SETTLEMENTS_SECONDS: '0', VIEW_SOURCE_BUDGET_MS: '1000' });
    expect((await bff.call('GET', `/v1/wallet/settlements?from=${today()}&to=${today()}`)).status).toBe(200); // logs in outside the budget
    expect((await bff.call('GET', '/v1/middleware/transactions/trx_none')).status).toBe(404);
  });
  beforeEach(async () => {
    await sim.call('DELETE', '/__sim/faults');
    await sim.call('POST', '/__sim/reset');
  });
  afterAll(async () => {
    await bff.close();
    await sim.close();
    await redis.cleanup();
  });

  /** A payment link (`/transactions`) or alternative payment, created on the simulator and approved there. */
  /** Waits out a 1.5 s fault's delayed upstream answer, so nothing outlives the suite (not a timing assertion). */
  const drain = (startedAt: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, 1600 - (Date.now() - startedAt))));

  async function approved(path: '/transactions' | '/api/v1/integrations/transactions', body: Record<string, unknown>): Promise<string> {
    const headers = { authorization: `Bearer ${sim.secrets.middlewareMerchantToken}` };
    const created = (await sim.call('POST', `/mw${path}`, { body: { userId: 'maria.lopez@example.gt', channel: 'web', client: 'acme', ...body }, headers })).body;
    const uid: string = created.uid ?? created.data.uid;
    expect((await sim.call('POST', `/__sim/middleware/transactions/${uid}/outcome`, { body: { status: 'approved' } })).status).toBe(200);
    return uid;
  }

  it('marks each Middleware payment captured, then settled, then paid, with totals that agree with the settlement detail', async () => {
    const gtq = await approved('/transactions', { amount: 10.1 });
    const usd = await approved('/transactions', { amount: 20.2, currency: 'USD' });
    const apm = await approved('/api/v1/integrations/transactions', { amount: 3.33 });
    await approved('/transactions', { amount: 99, client: 'globex' });

    const captured = await view();
    expect(captured.status).toBe(200);
    expect(captured.body).toMatchObject({ partnerId: 'acme', partial: false, sources: { wallet: { status: 'ok' }, middleware: { status: 'ok' } } });
    expect(captured.body.payments.map((p: { uid: string }) => p.uid).sort()).toEqual([gtq, usd, apm].sort());
    expect(captured.body.payments.every((p: { status: string; settlementId: unknown }) => p.status === 'captured' && p.settlementId === null)).toBe(true);
    expect(captured.body.totals).toEqual({ captured: [{ currency: 'GTQ', amount: 13.43, count: 2 }, { currency: 'USD', amount: 20.2, count: 1 }], settled: [], paid: [] });

    await clockTo(cutoffOf(captured.body.payments[0].capturedAt) + 60_000);
    const pending = await view();
    const settlementId = pending.body.payments[0].settlementId;
    expect(settlementId).toMatch(/^stl_/);
    expect(pending.body.payments.every((p: { status: string; settlementId: string }) => p.status === 'captured' && p.settlementId === settlementId)).toBe(true);

    const detail = (await bff.call('GET', `/v1/wallet/settlements/${settlementId}`)).body;
    expect(detail.status).toBe('pending');
    await clockTo(Date.parse(`${detail.settledOn}T00:00:00Z`));
    expect(new Set((await view()).body.payments.map((p: { status: string }) => p.status))).toEqual(new Set(['settled']));
    await clockTo(Date.parse(`${detail.paidOn}T00:00:00Z`));
    const paid = await view();
    expect(new Set(paid.body.payments.map((p: { status: string }) => p.status))).toEqual(new Set(['paid']));
    // The settlement holds exactly this range's Middleware payments, so its totals are the view's paid totals.
    expect(paid.body.totals.paid).toEqual(detail.totals.map((t: { currency: string; amount: number; itemCount: number }) => ({ currency: t.currency, amount: t.amount, count: t.itemCount })).sort((a: { currency: string }, b: { currency: string }) => a.currency.localeCompare(b.currency)));
    expect(paid.body.totals.captured).toEqual([]);
    if (detail.businessDate === today()) expect(paid.body.settlements.map((s: { settlementId: string }) => s.settlementId)).toContain(settlementId);
    expect(paid.text).not.toContain('globex');
  });

  it('is 200 partial naming the Middleware when it fails or is slow, and the documented 502 / 504 when the Wallet fails or is slow', async () => {
    await sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'GET', path: '/payments', status: 500 } });
    const failing = await view();
    expect(failing.status).toBe(200);
    expect(failing.body).toMatchObject({ partial: true, payments: null, totals: null, sources: { wallet: { status: 'ok' }, middleware: { status: 'error' } } });
    expect(Array.isArray(failing.body.settlements)).toBe(true);

    await sim.call('DELETE', '/__sim/faults');
    await sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'GET', path: '/payments', latencyMs: 1500, times: 1 } });
    const slowMwStarted = Date.now();
    const slow = await view();
    expect(slow.status).toBe(200);
    expect(slow.body).toMatchObject({ partial: true, payments: null, sources: { middleware: { status: 'timeout' } } });
    await drain(slowMwStarted);

    await sim.call('DELETE', '/__sim/faults');
    await sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'GET', path: '/settlements', status: 500 } });
    const primary = await view();
    expect(primary.status).toBe(502);
    expect(primary.headers.get('content-type')).toContain('application/problem+json');
    expect(primary.body.sources.wallet.status).toBe('error');

    await sim.call('DELETE', '/__sim/faults');
    await sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'GET', path: '/settlements', latencyMs: 1500, times: 1 } });
    const slowStarted = Date.now();
    const slowPrimary = await view();
    expect(slowPrimary.status).toBe(504);
    expect(slowPrimary.headers.get('content-type')).toContain('application/problem+json');
    expect(slowPrimary.body.sources.wallet.status).toBe('timeout');
    await drain(slowStarted);
    expect((await view()).status).toBe(200); // nothing stuck once the Wallet answers in time
  });

  it('refuses another partner\'s view to a restricted app, and bad ranges to anyone, before any upstream call', async () => {
    expect((await view()).status).toBe(200);
    const before = await calls();
    expect(Math.min(before[SETTLEMENTS] ?? 0, before[PAYMENTS] ?? 0)).toBeGreaterThan(0); // both sources are counted under these names
    const foreign = await view('globex', 'acme');
    expect(foreign.status).toBe(403);
    expect(foreign.text).not.toContain('payments');
    const panAsPartner = await bff.call('GET', `/v1/views/partners/4111111111111111/settlements?from=${today()}&to=${today()}`);
    expect(panAsPartner.status).toBe(400); // refused before either surface is asked (counted below)
    expect(bff.logLines.join('\n')).not.toContain('4111111111111111');
    for (const query of ['from=2026-03-02&to=2026-03-01', 'from=2026-01-01&to=2026-06-01', 'from=2026-02-30&to=2026-03-01', 'to=2026-03-01', 'from=4111111111111111&to=2026-03-01']) {
      const bad = await bff.call('GET', `/v1/views/partners/acme/settlements?${query}`);
      expect([query, bad.status]).toEqual([query, 400]);
      expect(bad.headers.get('content-type')).toContain('application/problem+json');
      expect(bad.text).not.toContain('4111111111111111');
    }
    const after = await calls();
    for (const route of [SETTLEMENTS, PAYMENTS]) expect((after[route] ?? 0) - (before[route] ?? 0)).toBe(0);
  });
});
