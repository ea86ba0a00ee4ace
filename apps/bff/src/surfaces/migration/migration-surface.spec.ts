import { apiKeysJson, RunningBff, RunningSimulator, startBff, startSimulator, TEST_APPS, testRedis, TestRedis } from '#test-support';

const APPS = {
  ...TEST_APPS,
  migrationAll: { key: 'test-key-migration-0006', scopes: ['migration:read'], partners: ['*'] },
  migrationAcme: { key: 'test-key-migration-acme-0007', scopes: ['migration:read'], partners: ['acme'] },
};

describe('BFF migration surface', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;
  let bff: RunningBff;
  let withoutGateway: RunningBff;

  beforeAll(async () => {
    sim = await startSimulator();
    redis = testRedis('bff-migration');
    bff = await startBff(sim, redis, { BFF_API_KEYS: apiKeysJson(APPS) });
    withoutGateway = await startBff(sim, redis, { MIGO_MIGRATION_BASE_URL: '' });
  });
  afterAll(async () => {
    await bff.close();
    await withoutGateway.close();
    await sim.close();
    await redis.cleanup();
  });
  beforeEach(() => sim.call('POST', '/__sim/reset'));

  const search = (query: string, app: keyof typeof APPS = 'migrationAll') =>
    bff.call('GET', `/v1/migration/transactions/search?${query}`, { as: null, headers: { authorization: `Bearer ${APPS[app].key}` } });
  const upstreamSearches = async () => (await sim.call('GET', '/__sim/stats')).body.requests['GET /migration/transactions/search'] ?? 0;

  it('searches Migo transactions and answers the page unwrapped', async () => {
    const response = await search('client=acme&status=APPROVED&limit=2&page=2');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 5, page: 2, limit: 2 });
    expect(response.body.items).toEqual([expect.objectContaining({ kind: 'payment-link', client: 'acme', status: 'approved' }), expect.any(Object)]);
  });

  it('validates the query before calling Migo', async () => {
    for (const query of ['', 'page=1', 'from=yesterday', 'client=acme&limit=500', 'client=acme&page=1e2', 'client=acme&sort=desc']) {
      const response = await search(query);
      expect([query, response.status]).toEqual([query, 400]);
    }
    expect(await upstreamSearches()).toBe(0);
  });

  it('needs migration:read, and keeps an app restricted to a partner to that partner', async () => {
    const withoutScope = await bff.call('GET', '/v1/migration/transactions/search?client=acme', { as: 'acme' });
    expect(withoutScope.status).toBe(403);

    const link = await bff.call('POST', '/v1/middleware/transactions', { body: { amount: 10, userId: 'u', channel: 'web', client: 'globex' } });
    const uid = link.body.upstream.uid;
    expect((await search(`uid=${uid}`)).body.total).toBe(1);
    expect((await search(`uid=${uid}`, 'migrationAcme')).body).toMatchObject({ total: 0, items: [] });
    expect((await search(`uid=${uid}&client=globex`, 'migrationAcme')).status).toBe(403);
    const own = await search('status=approved', 'migrationAcme');
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(new Set(own.body.items.map((item: { client: string }) => item.client))).toEqual(new Set(['acme']));
  });

  it('has no migration routes when the gateway is not configured', async () => {
    const response = await withoutGateway.call('GET', '/v1/migration/transactions/search?client=acme');
    expect(response.status).toBe(404);
    expect(await upstreamSearches()).toBe(0);
    expect((await withoutGateway.call('GET', '/v1/middleware/v1/plans/list?client=acme')).status).toBe(200);
  });
});
