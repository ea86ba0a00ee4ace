import { RunningBff, RunningSimulator, startBff, startSimulator, testRedis, TestRedis } from '#test-support';

const LIST = 'GET /rest/settlements';
const DETAIL = 'GET /rest/settlements/:settlementId';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const UNITS = 10_000;

describe('BFF /v1/wallet/settlements', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;
  let bff: RunningBff;
  /** The last 93 days: every seeded partner has settled payments in it. */
  const range = () => `from=${day(-92)}&to=${day(0)}`;
  const calls = async () => ((await sim.call('GET', '/__sim/stats')).body.requests as Record<string, number>) ?? {};

  beforeAll(async () => {
    sim = await startSimulator();
    redis = testRedis('bff-settlements');
    bff = await startBff(sim, redis);
  });
  afterAll(async () => {
    await bff.close();
    await sim.close();
    await redis.cleanup();
  });
  afterEach(() => sim.call('DELETE', '/__sim/faults'));

  it('lists the app\'s own partner when partnerId is left out, any named partner for an open app, each settlement\'s totals the sum of its items', async () => {
    const own = await bff.call('GET', `/v1/wallet/settlements?${range()}`, { as: 'acme' });
    expect(own.status).toBe(200);
    expect(own.body.total).toBeGreaterThan(0);
    expect(new Set(own.body.items.map((s: { partnerId: string }) => s.partnerId))).toEqual(new Set(['acme']));
    const everyone = await bff.call('GET', `/v1/wallet/settlements?${range()}&limit=100`);
    expect(new Set(everyone.body.items.map((s: { partnerId: string }) => s.partnerId))).toEqual(new Set(['acme', 'globex', 'initech']));
    const globex = await bff.call('GET', `/v1/wallet/settlements?partnerId=globex&${range()}`);
    expect(globex.body.items.every((s: { partnerId: string }) => s.partnerId === 'globex')).toBe(true);

    for (const { settlementId } of own.body.items) {
      const detail = await bff.call('GET', `/v1/wallet/settlements/${settlementId}`, { as: 'acme' });
      expect(detail.status).toBe(200);
      expect(detail.body.items.length).toBe(detail.body.itemCount);
      for (const total of detail.body.totals) {
        const items = detail.body.items.filter((i: { currency: string }) => i.currency === total.currency);
        const units = items.reduce((sum: number, i: { amount: number }) => sum + Math.round(i.amount * UNITS), 0);
        expect(total).toEqual({ currency: total.currency, amount: units / UNITS, itemCount: items.length });
      }
    }
  });

  it('refuses another partner\'s settlement and list to a restricted app: 403, no foreign data, the list never asked upstream', async () => {
    const globex = (await bff.call('GET', `/v1/wallet/settlements?partnerId=globex&${range()}`)).body.items[0];
    const foreignDetail = await bff.call('GET', `/v1/wallet/settlements/${globex.settlementId}`);
    expect(foreignDetail.status).toBe(200);
    const before = await calls();
    expect(before[LIST]).toBeGreaterThan(0); // the counters below count these routes
    expect(before[DETAIL]).toBeGreaterThan(0);

    const list = await bff.call('GET', `/v1/wallet/settlements?partnerId=globex&${range()}`, { as: 'acme' });
    expect(list.status).toBe(403);
    expect(list.headers.get('content-type')).toContain('application/problem+json');
    const detail = await bff.call('GET', `/v1/wallet/settlements/${globex.settlementId}`, { as: 'acme' });
    expect(detail.status).toBe(403);
    for (const answer of [list, detail]) {
      expect(answer.text).not.toContain('"totals"');
      expect(answer.text).not.toContain('USD');
      expect(answer.text).not.toContain(String(globex.totals[0].amount));
    }
    const unknown = await bff.call('GET', '/v1/wallet/settlements/stl_nope', { as: 'acme' });
    expect(unknown.status).toBe(403); // whether or not it exists
    expect((await bff.call('GET', '/v1/wallet/settlements/stl_nope')).status).toBe(404);

    const after = await calls();
    expect((after[LIST] ?? 0) - (before[LIST] ?? 0)).toBe(0);
    // The owner lookup reads the settlement once (then it is cached); the refused request itself reads nothing.
    expect((after[DETAIL] ?? 0) - (before[DETAIL] ?? 0)).toBeLessThanOrEqual(3);
    const again = await calls();
    await bff.call('GET', `/v1/wallet/settlements/${globex.settlementId}`, { as: 'acme' });
    expect(((await calls())[DETAIL] ?? 0) - (again[DETAIL] ?? 0)).toBe(0);
  });

  it.each([
    ['a month 13', 'from=2026-13-01&to=2026-12-01'],
    ['a day that does not exist', 'from=2026-02-30&to=2026-03-01'],
    ['letters', 'from=yesterday&to=2026-03-01'],
    ['a timestamp', 'from=2026-03-01T00:00:00Z&to=2026-03-02'],
    ['to before from', 'from=2026-03-02&to=2026-03-01'],
    ['94 days', 'from=2026-01-01&to=2026-04-04'],
    ['no range', ''],
    ['an unknown status', `${'from=2026-03-01&to=2026-03-02'}&status=refunded`],
    ['page 0', 'from=2026-03-01&to=2026-03-02&page=0'],
    ['limit 101', 'from=2026-03-01&to=2026-03-02&limit=101'],
    ['a bad partner id', 'from=2026-03-01&to=2026-03-02&partnerId=ac%20me'],
  ])('answers 400 problem+json for %s, before any upstream call', async (_label, query) => {
    const before = await calls();
    expect(before[LIST]).toBeGreaterThan(0); // the route is counted under this name
    const answer = await bff.call('GET', `/v1/wallet/settlements?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(((await calls())[LIST] ?? 0) - (before[LIST] ?? 0)).toBe(0);
  });

  it('refuses a full card number in the query string with 400, and it shows up in no answer, support record or log line', async () => {
    const pan = '4111111111111111';
    const before = await calls();
    for (const query of [`from=${pan}&to=2026-03-02`, `from=2026-03-01&to=2026-03-02&partnerId=${pan}`]) {
      const answer = await bff.call('GET', `/v1/wallet/settlements?${query}`, { as: 'acme' });
      expect([400, 403]).toContain(answer.status);
      expect(answer.text).not.toContain(pan);
    }
    const refused = await bff.call('GET', `/v1/wallet/settlements?from=${pan}&to=2026-03-02`);
    expect(refused.status).toBe(400);
    const record = await bff.call('GET', `/v1/support/requests/${refused.headers.get('x-request-id')}`);
    expect(record.status).toBe(404); // refused before any upstream exchange: nothing was recorded
    expect(record.text).not.toContain(pan);
    expect(bff.logLines.join('\n')).not.toContain(pan);
    expect(((await calls())[LIST] ?? 0) - (before[LIST] ?? 0)).toBe(0);
  });

  it('answers a documented problem when the Wallet fails, and serves again once it recovers', async () => {
    await sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'GET', path: '/settlements', status: 503 } });
    const failed = await bff.call('GET', `/v1/wallet/settlements?${range()}`);
    expect(failed.status).toBeGreaterThanOrEqual(502);
    expect(failed.headers.get('content-type')).toContain('application/problem+json');
    expect(failed.body.upstream).toMatchObject({ service: 'wallet' });
    await sim.call('DELETE', '/__sim/faults');
    expect((await bff.call('GET', `/v1/wallet/settlements?${range()}`)).status).toBe(200);
  });
});
