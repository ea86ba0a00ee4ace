import { RunningBff, RunningSimulator, startBff, startSimulator, testRedis, TestRedis } from '#test-support';

const CMS_DETAIL = 'POST /cms/rest/app/partners/:partnerId/cardholders/:cardholderId';
const WALLET_USER_CARDS = 'GET /rest/users/:userId/cards';
const WALLET_FEED = 'GET /rest/cards/:cardId/transfers/:month/:year';
const MW_SUBSCRIPTIONS = 'GET /mw/v1/subscriptions';

describe('Views: merged screens with a partial-failure contract', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;
  /** Cached views (TTL 10 s), default 2 s budget per source. */
  let bff: RunningBff;
  /** No view cache, 100 ms budget per source. */
  let tight: RunningBff;
  /** No view cache, default budget: every call really fans out. */
  let uncached: RunningBff;

  beforeAll(async () => {
    sim = await startSimulator();
    redis = testRedis('bff-views');
    bff = await startBff(sim, redis, { VIEW_TTL_CARDHOLDER_SECONDS: '10' });
    tight = await startBff(sim, redis, { VIEW_TTL_CARDHOLDER_SECONDS: '0', VIEW_SOURCE_BUDGET_MS: '100' });
    uncached = await startBff(sim, redis, { VIEW_TTL_CARDHOLDER_SECONDS: '0' });
    // Sessions are per process: log each BFF in to every surface once, outside the counted and timed calls (through
    // surface routes, which have no view budget: a cold login can take longer than the tight BFF's 100 ms).
    for (const instance of [bff, tight, uncached]) {
      expect((await instance.call('GET', '/v1/wallet/cards/5001')).status).toBe(200);
      expect((await instance.call('GET', '/v1/cms/partners')).status).toBe(200);
      expect((await instance.call('GET', '/v1/middleware/v1/subscriptions?userId=ana.garcia%40example.gt&clientId=acme')).status).toBe(200);
    }
  });
  afterAll(async () => {
    await Promise.all([bff.close(), tight.close(), uncached.close()]);
    await sim.close();
    await redis.cleanup();
  });
  afterEach(() => sim.call('DELETE', '/__sim/faults'));

  const stats = async (): Promise<Record<string, number>> => (await sim.call('GET', '/__sim/stats')).body.requests;
  const delta = (before: Record<string, number>, after: Record<string, number>) =>
    Object.fromEntries(Object.entries(after).map(([route, n]) => [route, n - (before[route] ?? 0)]).filter(([, n]) => (n as number) > 0)) as Record<string, number>;
  const fault = (body: Record<string, unknown>) => sim.call('POST', '/__sim/faults', { body });
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const result = await work();
    return [result, performance.now() - started];
  };

  describe('GET /v1/views/partners/:partnerId/cardholders/:cardholderId', () => {
    it('merges the CMS record, the Wallet cards with this month\'s movements, and the Middleware subscriptions', async () => {
      const view = await uncached.call('GET', '/v1/views/partners/acme/cardholders/1');
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({
        partnerId: 'acme',
        cardholderId: 1,
        cardholder: { id: 1, email: 'maria.lopez@example.gt', walletUserId: 101 },
        partial: false,
        sources: { cms: { status: 'ok' }, wallet: { status: 'ok' }, middleware: { status: 'ok' } },
      });
      expect(view.body.month).toMatch(/^\d{4}-\d{2}$/);
      expect(view.body.cards.length).toBeGreaterThan(0);
      for (const card of view.body.cards) {
        expect(card).toEqual(expect.objectContaining({ cardId: expect.any(Number), balance: expect.any(Number), movements: expect.any(Array) }));
        expect(card.maskedPan).not.toMatch(/^\d{13,19}$/);
      }
      expect(view.body.subscriptions.map((s: { subUid: string }) => s.subUid).sort()).toEqual(['sub_01HAAA', 'sub_01HAAB']);
      expect(view.body.cardholder.cards).toBeUndefined();
    });

    it('answers within its budget when one surface is slow, marked partial with that source timed out', async () => {
      expect((await uncached.call('GET', '/v1/views/partners/acme/cardholders/2')).status).toBe(200); // remembers who they are
      await fault({ surface: 'middleware', method: 'GET', path: '/v1/subscriptions', latencyMs: 300 });
      const [view, ms] = await timed(() => tight.call('GET', '/v1/views/partners/acme/cardholders/2'));
      expect(view.status).toBe(200);
      expect(view.body.partial).toBe(true);
      expect(view.body.sources.middleware.status).toBe('timeout');
      expect(view.body.sources.cms.status).toBe('ok');
      expect(view.body.subscriptions).toBeNull();
      expect(view.body.cards).not.toBeNull();
      // 100 ms budget + margin for a loaded machine, well under the 300 ms the slow surface takes.
      expect(ms).toBeLessThan(250);
      expect(view.body.sources.middleware.ms).toBeLessThan(200);
    });

    it('costs the slowest surface, not the sum, when every surface is 100 ms slow', async () => {
      expect((await uncached.call('GET', '/v1/views/partners/acme/cardholders/3')).status).toBe(200); // remembers who they are
      await fault({ surface: 'cms', method: 'POST', path: '/app/partners/*/cardholders/*', latencyMs: 100 });
      await fault({ surface: 'wallet', method: 'GET', path: '/**', latencyMs: 100 });
      await fault({ surface: 'middleware', method: 'GET', path: '/v1/subscriptions', latencyMs: 100 });
      const [view, ms] = await timed(() => uncached.call('GET', '/v1/views/partners/acme/cardholders/3'));
      expect(view.status).toBe(200);
      expect(view.body.partial).toBe(false);
      for (const source of ['cms', 'wallet', 'middleware']) expect(view.body.sources[source].ms).toBeGreaterThanOrEqual(95);
      expect(ms).toBeGreaterThanOrEqual(100);
      expect(ms).toBeLessThan(250); // sequential would be 300+
    });

    it('serves a second call inside the TTL from cache, with no upstream call', async () => {
      const first = await bff.call('GET', '/v1/views/partners/acme/cardholders/4');
      expect(first.status).toBe(200);
      expect(first.headers.get('x-view-cache')).toBe('miss');
      const before = await stats();
      const second = await bff.call('GET', '/v1/views/partners/acme/cardholders/4');
      expect(second.status).toBe(200);
      expect(second.headers.get('x-view-cache')).toBe('hit');
      expect(second.body).toEqual(first.body);
      expect(delta(before, await stats())).toEqual({});
    });

    it('answers 304 to If-None-Match with the current ETag', async () => {
      const first = await bff.call('GET', '/v1/views/partners/acme/cardholders/4');
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^".+"$/);
      const again = await bff.call('GET', '/v1/views/partners/acme/cardholders/4', { headers: { 'if-none-match': etag! } });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      const stale = await bff.call('GET', '/v1/views/partners/acme/cardholders/4', { headers: { 'if-none-match': '"something-else"' } });
      expect(stale.status).toBe(200);
    });

    it('makes one set of upstream calls for 20 identical requests in flight together', async () => {
      const before = await stats();
      await fault({ surface: 'cms', method: 'POST', path: '/app/partners/*/cardholders/*', latencyMs: 50 });
      const views = await Promise.all(Array.from({ length: 20 }, () => bff.call('GET', '/v1/views/partners/globex/cardholders/7')));
      expect(views.map((v) => v.status)).toEqual(Array(20).fill(200));
      expect(new Set(views.map((v) => v.headers.get('etag'))).size).toBe(1);
      const calls = delta(before, await stats());
      expect(calls[CMS_DETAIL]).toBe(1);
      expect(calls[WALLET_USER_CARDS]).toBe(1);
      expect(calls[MW_SUBSCRIPTIONS]).toBe(1);
      expect(calls[WALLET_FEED]).toBe(views[0].body.cards.length);
    });

    it('trims to ?fields= (keeping partial and sources) and refuses unknown fields', async () => {
      const trimmed = await bff.call('GET', '/v1/views/partners/acme/cardholders/4?fields=cards,month');
      expect(Object.keys(trimmed.body).sort()).toEqual(['cards', 'month', 'partial', 'sources']);
      const unknown = await bff.call('GET', '/v1/views/partners/acme/cardholders/4?fields=cards,pan');
      expect(unknown.status).toBe(400);
      expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    });

    it('applies scopes and the partner allow-list before any upstream call', async () => {
      const before = await stats();
      expect((await bff.call('GET', '/v1/views/partners/globex/cardholders/6', { as: 'acme' })).status).toBe(403);
      expect((await bff.call('GET', '/v1/views/partners/acme/cardholders/1', { as: 'writerNoMoney' })).status).toBe(403);
      expect((await bff.call('GET', '/v1/views/partners/acme/cardholders/1', { as: null })).status).toBe(401);
      expect((await bff.call('GET', '/v1/views/partners/acme/cardholders/abc')).status).toBe(400);
      expect(delta(before, await stats())).toEqual({});
    });

    it('passes a missing cardholder through as the CMS said (404)', async () => {
      const view = await uncached.call('GET', '/v1/views/partners/acme/cardholders/999999');
      expect(view.status).toBe(404);
      expect(view.headers.get('content-type')).toContain('application/problem+json');
    });

    it('answers 200 partial when a secondary surface fails, and 502 problem+json when the primary fails', async () => {
      await fault({ surface: 'middleware', method: 'GET', path: '/v1/subscriptions', status: 500, times: 1 });
      const secondary = await uncached.call('GET', '/v1/views/partners/acme/cardholders/2');
      expect(secondary.status).toBe(200);
      expect(secondary.body.partial).toBe(true);
      expect(secondary.body.sources.middleware).toMatchObject({ status: 'error', error: expect.stringContaining('500') });
      expect(secondary.body.subscriptions).toBeNull();

      await fault({ surface: 'cms', method: 'POST', path: '/app/partners/*/cardholders/*', status: 503, times: 3 });
      const primary = await uncached.call('GET', '/v1/views/partners/acme/cardholders/2');
      expect(primary.status).toBe(502);
      expect(primary.headers.get('content-type')).toContain('application/problem+json');
      expect(primary.body).toMatchObject({ status: 502, sources: { cms: { status: 'error' } } });
      expect(primary.body.detail).toContain('primary source (cms)');
      expect(primary.body.upstream).toMatchObject({ service: 'cms', status: 503 });

      await sim.call('DELETE', '/__sim/faults');
      await fault({ surface: 'cms', method: 'POST', path: '/app/partners/*/cardholders/*', latencyMs: 300, times: 1 });
      const slowPrimary = await tight.call('GET', '/v1/views/partners/acme/cardholders/2');
      expect(slowPrimary.status).toBe(504);
      expect(slowPrimary.body.sources.cms.status).toBe('timeout');
    });
  });

  describe('GET /v1/views/partners/:partnerId/overview', () => {
    it('gives balance, pending process requests, cardholder total and the app\'s jobs for the partner', async () => {
      const view = await uncached.call('GET', '/v1/views/partners/acme/overview');
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ partnerId: 'acme', partial: false, cardholderCount: expect.any(Number), pendingProcessRequests: expect.any(Array), jobs: { active: expect.any(Array), recent: expect.any(Array) } });
      expect(view.body.balance).toEqual(expect.objectContaining({ currency: 'GTQ' }));
      expect(view.body.cardholderCount).toBeGreaterThanOrEqual(5);
      expect(Object.keys(view.body.sources).sort()).toEqual(['balance', 'cardholders', 'jobs', 'processRequests']);
    });
  });

  describe('GET /v1/views/cards/:cardId/activity', () => {
    it('merges the monthly feeds newest first with running totals per currency', async () => {
      await uncached.call('POST', '/v1/wallet/cards/5002/funds', { body: { amount: 12.5, operation: 'ADD_FUNDS', channel: 'WEB', reference: `ACT-${Date.now()}` } });
      const view = await uncached.call('GET', '/v1/views/cards/5002/activity?months=3');
      expect(view.status).toBe(200);
      expect(Object.keys(view.body.sources)).toHaveLength(3);
      const items = view.body.items as Array<{ createdAt: string; currency: string; runningTotal: number }>;
      expect(items.length).toBeGreaterThan(0);
      for (let i = 1; i < items.length; i++) expect(items[i - 1].createdAt >= items[i].createdAt).toBe(true);
      for (const [currency, total] of Object.entries(view.body.totals as Record<string, { net: number }>)) {
        expect(items.find((item) => item.currency === currency)!.runningTotal).toBeCloseTo(total.net, 4);
      }
    });

    it('refuses more than 12 months', async () => {
      const view = await uncached.call('GET', '/v1/views/cards/5002/activity?months=13');
      expect(view.status).toBe(400);
      expect(view.body.errors?.[0]?.field ?? view.body.detail).toBeDefined();
    });
  });
});
