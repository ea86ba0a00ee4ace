import { useSimulator } from '#test-support';
import { createApm, createLink } from '../middleware/testing/mw-test-kit.js';

describe('Migration gateway (simulator)', () => {
  const sim = useSimulator();
  let jwt: Record<string, string>;
  beforeAll(() => {
    jwt = { authorization: `Bearer ${sim.secrets.migrationJwt}` };
  });

  const search = (query: string, headers = jwt) => sim.call('GET', `/migration/transactions/search?${query}`, { headers });

  it('answers the health probes without authentication', async () => {
    const live = await sim.call('GET', '/migration/health');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ statusCode: 200, message: 'ok', data: { status: 'up', uptimeSeconds: expect.any(Number) } });
    expect((await sim.call('GET', '/migration/health/ready')).body.data.status).toBe('ready');
  });

  it('refuses a search without the migration JWT, or with another credential', async () => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: sim.secrets.migrationJwt }, { authorization: `Bearer ${sim.secrets.middlewareJwt}` }];
    for (const headers of attempts) {
      const { status, body } = await search('client=acme', headers);
      expect(status).toBe(401);
      expect(body).toEqual({ success: false, message: expect.any(String), errors: [{ code: '8000', message: expect.any(String) }] });
    }
  });

  it('finds a payment link by its reference', async () => {
    const link = (await createLink(sim, { amount: 42.5, externalId: 'ORD-9', userId: 'buyer-1' })).body;
    const { status, body } = await search(`reference=${link.reference}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ success: true, data: { total: 1, page: 1, limit: 20 } });
    expect(body.data.items).toEqual([{ uid: link.uid, kind: 'payment-link', reference: link.reference, client: 'acme', userId: 'buyer-1', amount: 42.5, currency: 'GTQ', status: 'created', createdAt: expect.any(String) }]);
    expect((await search('externalId=ORD-9')).body.data.items[0].uid).toBe(link.uid);
  });

  it('searches alternative payments too, by status case-insensitively, by date range, with pages', async () => {
    const apm = (await createApm(sim, { amount: 15, client: 'globex' })).body.data.uid;
    const created = (await search('status=CREATED&client=globex')).body.data;
    expect(created.items).toEqual([expect.objectContaining({ uid: apm, kind: 'alternative-payment', status: 'CREATED', currency: 'USD' })]);
    expect(created.items[0].reference).toBeUndefined();

    const seeded = (await search('client=acme&status=approved&limit=2&page=2')).body.data;
    expect(seeded).toMatchObject({ total: 5, page: 2, limit: 2 });
    expect(seeded.items).toHaveLength(2);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await search(`from=${encodeURIComponent(future)}`)).body.data.total).toBe(0);
    expect((await search(`to=${encodeURIComponent(future)}&uid=${apm}`)).body.data.total).toBe(1);
  });

  it('needs at least one filter (400 / 7000) and valid dates', async () => {
    for (const query of ['', 'page=1&limit=5', 'from=yesterday', 'client=acme&limit=500']) {
      const { status, body } = await search(query);
      expect(status).toBe(400);
      expect(body.errors[0].code).toBe('7000');
    }
  });
});
