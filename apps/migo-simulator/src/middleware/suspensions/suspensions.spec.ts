import { useSimulator } from '#test-support';
import { createLink, eventually, mwHeaders } from '../testing/mw-test-kit.js';

describe('Middleware fraud suspensions (simulator)', () => {
  const sim = useSimulator();
  let jwt: Record<string, string>;
  beforeAll(() => {
    jwt = mwHeaders(sim).jwt;
  });
  const create = (body: Record<string, unknown>) => sim.call('POST', '/mw/v1/suspensions', { body: { client: 'acme', list: 'block', reason: 'test', ...body }, headers: jwt });
  const list = (query: string) => sim.call('GET', `/mw/v1/suspensions?${query}`, { headers: jwt });
  const checkout = (uid: string, body: Record<string, unknown>) => sim.call('POST', `/__sim/middleware/transactions/${uid}/checkout`, { body });
  const linkFor = async (overrides: Record<string, unknown> = {}) => (await createLink(sim, overrides)).body.uid as string;

  it('creates entries normalized (201), answers a duplicate with the existing entry (200), lists per client and list with pages', async () => {
    const first = await create({ type: 'email', value: ' Fraud@Example.GT ' });
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({ id: expect.stringMatching(/^sus_/), client: 'acme', list: 'block', type: 'email', value: 'fraud@example.gt', reason: 'test' });
    const again = await create({ type: 'email', value: 'fraud@example.gt', reason: 'other' });
    expect([again.status, again.body.data.id, again.body.data.reason]).toEqual([200, first.body.data.id, 'test']);
    await create({ type: 'phone', value: '+502 5555-1234', list: 'allow' });

    const all = await list('client=acme');
    expect(all.body.data).toMatchObject({ total: 3, page: 1, limit: 20 });
    expect(all.body.data.items.every((e: { client: string }) => e.client === 'acme')).toBe(true);
    expect((await list('client=acme&list=allow')).body.data.items.map((e: { value: string }) => e.value)).toEqual(['+50255551234']);
    const paged = await list('client=acme&page=2&limit=2');
    expect([paged.body.data.total, paged.body.data.items.length]).toEqual([3, 1]);
    expect((await list('client=globex')).body.data.items.map((e: { id: string }) => e.id)).toEqual(['sus_seed_globex']);
  });

  it("removes an entry of its client only: another client's entry is 404 / 2007", async () => {
    const elsewhere = await sim.call('DELETE', '/mw/v1/suspensions/sus_seed_acme?client=globex', { headers: jwt });
    expect([elsewhere.status, elsewhere.body.ownCode]).toEqual([404, 2007]);
    const removed = await sim.call('DELETE', '/mw/v1/suspensions/sus_seed_acme?client=acme', { headers: jwt });
    expect([removed.status, removed.body.data.id]).toEqual([200, 'sus_seed_acme']);
    expect((await sim.call('DELETE', '/mw/v1/suspensions/sus_seed_acme?client=acme', { headers: jwt })).status).toBe(404);
  });

  it('refuses values that do not fit their type, a PAN as a fingerprint included (400 / 5000)', async () => {
    for (const body of [{ type: 'bin', value: '4111' }, { type: 'email', value: 'nope' }, { type: 'phone', value: '12ab' }, { type: 'card-fingerprint', value: '4111111111111111' }, { type: 'iban', value: 'x' }, { list: 'grey', type: 'bin', value: '411111' }]) {
      const { status, body: answer } = await create(body);
      expect([status, answer.ownCode]).toEqual([400, 5000]);
    }
  });

  it('declines a checkout matching a block entry of the link client with suspended_by_fraud_rule, and only that client', async () => {
    await create({ type: 'bin', value: '411111' });
    const blocked = await checkout(await linkFor(), { bin: '41111111' });
    expect(blocked.body.transaction).toMatchObject({ status: 'denied', declineCode: 'suspended_by_fraud_rule', processor: null });
    const globexLink = await linkFor({ client: 'globex', currency: 'USD' });
    expect((await checkout(globexLink, { bin: '41111111' })).body.transaction).toMatchObject({ status: 'approved' });
    const paid = await linkFor();
    expect((await checkout(paid, { bin: '52222211' })).body.transaction.status).toBe('approved');
    const twice = await checkout(paid, { bin: '41111111' });
    expect([twice.status, twice.body.ownCode]).toEqual([409, 4020]);
  });

  it('matches the payer (the userId e-mail or phone, a document, a fingerprint); an allow entry vouches for the attempt', async () => {
    await create({ type: 'document', value: '2345 67890 0101' });
    await create({ type: 'card-fingerprint', value: 'fp_stolen_card_01' });
    await create({ type: 'phone', value: '+50212345678' });
    expect((await checkout(await linkFor({ userId: 'clean@example.gt' }), { document: '2345678900101' })).body.transaction.declineCode).toBe('suspended_by_fraud_rule');
    expect((await checkout(await linkFor({ userId: 'clean@example.gt' }), { fingerprint: 'fp_stolen_card_01' })).body.transaction.declineCode).toBe('suspended_by_fraud_rule');
    expect((await checkout(await linkFor(), {})).body.transaction.declineCode).toBe('suspended_by_fraud_rule');

    await create({ type: 'card-fingerprint', value: 'fp_known_good_01', list: 'allow' });
    expect((await checkout(await linkFor(), { fingerprint: 'fp_known_good_01' })).body.transaction).toMatchObject({ status: 'approved' });
    expect((await checkout(await linkFor({ amount: 10.99, userId: 'clean@example.gt' }), {})).body.transaction).toMatchObject({ status: 'denied', declineCode: 'card_declined' });
  });

  it("applies the fraud lists when the simulated customer pays on the link's own timer", async () => {
    await create({ type: 'email', value: 'blocked.buyer@example.gt' });
    expect((await sim.call('PATCH', '/__sim/config', { body: { paymentLinkSettleMs: 0 } })).status).toBe(200);
    const uid = await linkFor({ userId: 'Blocked.Buyer@example.gt' });
    const link = await eventually(async () => {
      const { body } = await sim.call('GET', `/mw/transactions/${uid}`, { headers: mwHeaders(sim).merchant });
      return body.status === 'created' ? undefined : body;
    });
    expect(link).toMatchObject({ status: 'denied', declineCode: 'suspended_by_fraud_rule' });
  });
});
