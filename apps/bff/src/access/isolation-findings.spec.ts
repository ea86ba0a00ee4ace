import { randomUUID } from 'node:crypto';
import { RunningBff, RunningSimulator, startBff, startSimulator, testRedis, TestRedis } from '#test-support';

/**
 * The four isolation findings against 064db21, each pinned: an app limited to partner `acme` (test app `acme`) must not
 * see or move another partner's data, whichever path it takes.
 */
describe('isolation findings (issue 13): an acme-only app and globex data', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;
  let bff: RunningBff;
  /** What would betray globex's data: its cardholders' names, e-mails, balances and its display name. */
  const GLOBEX = ['Valeria', 'Rojas', 'valeria.rojas@example.com', 'Diego', 'Castillo', 'diego.castillo@example.com', 'Globex Fintech', '640.75', 'Santa Tecla'];
  const leaked = (text: string) => GLOBEX.filter((value) => text.includes(value));
  const stats = async () => (await sim.call('GET', '/__sim/stats')).body.requests as Record<string, number>;
  const support = (requestId: string, as: 'acme' | 'all' = 'acme') => bff.call('GET', `/v1/support/requests/${requestId}`, { as });

  beforeAll(async () => {
    sim = await startSimulator({ SIM_PAYMENT_LINK_SETTLE_MS: '600000', SIM_STATEMENT_READY_MS: '50' });
    redis = testRedis('isolation-findings');
    bff = await startBff(sim, redis);
  });
  afterAll(async () => {
    await bff.close();
    await sim.close();
    await redis.cleanup();
  });

  describe('finding 1: support records held the data the access check had read', () => {
    it("keeps a refused card read's record to the request and its refusal; the owner lookup is an admin-only, marked call", async () => {
      const requestId = `find1-card-${randomUUID()}`;
      const refused = await bff.call('GET', '/v1/wallet/cards/5202', { as: 'acme', headers: { 'x-request-id': requestId } });
      expect(refused.status).toBe(403);
      const own = await support(requestId);
      expect(own.status).toBe(200);
      expect(own.body.exchanges).toEqual([]);
      expect(own.body.notes).toEqual([expect.objectContaining({ note: 'refused', method: 'GET', path: '/v1/wallet/cards/5202', status: 403 })]);
      expect(leaked(own.text)).toEqual([]);

      const admin = await support(requestId, 'all');
      expect(admin.body.bffOwnCalls.map((call: { url: string; purpose: string }) => [call.url, call.purpose])).toEqual(expect.arrayContaining([['/rest/cards/5202', 'access-lookup']]));
    });

    it('keeps a filtered list filtered: the partners list the app got, never the operator’s whole list', async () => {
      const requestId = `find1-partners-${randomUUID()}`;
      const list = await bff.call('GET', '/v1/cms/partners', { as: 'acme', headers: { 'x-request-id': requestId } });
      expect(list.status).toBe(200);
      expect(list.body.map((partner: { partnerId: string }) => partner.partnerId)).toEqual(['acme']);
      const own = await support(requestId);
      expect(own.status).toBe(200);
      expect(leaked(own.text)).toEqual([]);
      expect(own.text).not.toContain('Initech Cards');
      expect(own.body.notes).toEqual([expect.objectContaining({ note: 'filtered-answer', items: 1 })]);
      expect(JSON.stringify(own.body.notes)).toContain('Acme Bank');
      // The unfiltered list is kept for admins, marked.
      const admin = await support(requestId, 'all');
      expect(admin.body.bffOwnCalls.some((call: { purpose: string; responseBody: unknown }) => call.purpose === 'unfiltered-list' && JSON.stringify(call.responseBody).includes('Globex Fintech'))).toBe(true);
    });

    it("keeps a refused lookup of another partner's payment link out of the app's record", async () => {
      const created = await bff.call('POST', '/v1/middleware/transactions', { body: { amount: 41.23, userId: 'valeria.rojas@example.com', channel: 'web', client: 'globex' } });
      expect(created.status).toBe(202);
      const requestId = `find1-link-${randomUUID()}`;
      const refused = await bff.call('GET', `/v1/middleware/transactions/${created.body.upstream.uid}`, { as: 'acme', headers: { 'x-request-id': requestId } });
      expect(refused.status).toBe(403);
      expect(leaked(refused.text)).toEqual([]);
      const own = await support(requestId);
      expect(own.body.exchanges).toEqual([]);
      expect(leaked(own.text)).toEqual([]);
      expect(own.text).not.toContain('41.23');
    });
  });

  describe("finding 2: another partner's statement through POST /v1/jobs", () => {
    it('refuses to follow a statement of a globex card, and nothing reaches its file', async () => {
      const requested = await bff.call('POST', '/v1/wallet/cards/5202/statements', { body: { month: 11, year: 2026 } });
      expect(requested.status).toBe(202);
      const reference = requested.body.upstream.reference as string;
      const before = await stats();
      const tracked = await bff.call('POST', '/v1/jobs', { as: 'acme', body: { type: 'wallet.statement', upstreamId: `5202/${reference}` } });
      expect(tracked.status).toBe(403);
      expect(tracked.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect((await stats())['GET /rest/cards/:cardId/statements/:reference'] ?? 0).toBe(before['GET /rest/cards/:cardId/statements/:reference'] ?? 0);
      const jobs = await bff.call('GET', '/v1/jobs', { as: 'acme' });
      expect(jobs.body.items.filter((job: { type: string }) => job.type === 'wallet.statement')).toEqual([]);
      // The all-partner app's own job for it is not the acme app's either: not found, no file.
      expect((await bff.call('GET', `/v1/jobs/${requested.body.job.id}/result`, { as: 'acme' })).status).toBe(404);
      expect((await bff.call('GET', `/v1/jobs/${requested.body.job.id}`, { as: 'acme' })).status).toBe(404);
    });

    it('still follows a statement of its own card', async () => {
      const requested = await bff.call('POST', '/v1/wallet/cards/5001/statements', { as: 'acme', body: { month: 11, year: 2026 } });
      expect(requested.status).toBe(202);
      expect(requested.body.job.partnerId).toBe('acme');
      const tracked = await bff.call('POST', '/v1/jobs', { as: 'acme', body: { type: 'wallet.statement', upstreamId: `5001/${requested.body.upstream.reference}` } });
      expect(tracked.status).toBe(202);
    });
  });

  describe('finding 3: Middleware partner checks lived in each handler', () => {
    it.each([
      ['POST', '/v1/middleware/v1/plans', { client: 'globex', plan: { name: 'x', amount: 10, currency: 'USD', frequency: { type: 'monthly', frequency: 1 } } }, 'POST /mw/v1/plans'],
      ['POST', '/v1/middleware/transactions', { amount: 10, userId: 'a@b.test', channel: 'web', client: 'globex' }, 'POST /mw/transactions'],
      // A read's owner lookup reads the object itself (admins only in support); the app gets a refusal and nothing more.
      ['GET', '/v1/middleware/v1/subscriptions/detail/sub_01HEEE', undefined, 'GET /mw/v1/subscriptions'],
      ['DELETE', '/v1/middleware/v1/subscriptions/sub_01HEEE', undefined, 'DELETE /mw/v1/subscriptions/:subUid'],
      ['GET', '/v1/middleware/v1/plans/list?client=globex', undefined, 'GET /mw/v1/plans/list'],
    ])('refuses %s %s for a globex object in the one access layer, before the route’s own call', async (method, path, body, upstream) => {
      const before = (await stats())[upstream] ?? 0;
      const response = await bff.call(method, path, { as: 'acme', body });
      expect(response.status).toBe(403);
      expect(leaked(response.text)).toEqual([]);
      expect((await stats())[upstream] ?? 0).toBe(before);
    });
  });

  describe('finding 4: ids the guard could not read skipped it', () => {
    it.each([['acme'], ['all']] as const)('answers 400 to fromCardId 1e300 for %s, and Migo never sees the transfer', async (as) => {
      const before = (await stats())['POST /rest/cards/transfer'] ?? 0;
      const response = await bff.call('POST', '/v1/wallet/cards/transfer', { as, raw: '{"fromCardId":1e300,"toCardId":5002,"amount":1}', headers: { 'content-type': 'application/json' } });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'fromCardId' })]);
      expect((await stats())['POST /rest/cards/transfer'] ?? 0).toBe(before);
    });

    it.each(['9007199254740993', '0', '-1', '1.5'])('answers 400 to card id %s in the path and in the body alike', async (id) => {
      expect((await bff.call('GET', `/v1/wallet/cards/${id}`, { as: 'acme' })).status).toBe(400);
      const body = await bff.call('POST', '/v1/wallet/cards/transfer', { as: 'acme', raw: `{"fromCardId":${id},"toCardId":5002,"amount":1}`, headers: { 'content-type': 'application/json' } });
      expect(body.status).toBe(400);
    });
  });
});
