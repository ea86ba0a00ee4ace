import { useSimulator } from '#test-support';
import { createLink, eventually, mwHeaders } from '../testing/mw-test-kit.js';

describe('Middleware payment links (simulator)', () => {
  const sim = useSimulator();
  let headers: ReturnType<typeof mwHeaders>;
  beforeAll(() => {
    headers = mwHeaders(sim);
  });

  const lookup = (uid: string) => sim.call('GET', `/mw/transactions/${uid}`, { headers: headers.merchant });

  it('creates a link with the merchant token raw or as Bearer, answering raw {uid, reference, URL} with 201', async () => {
    const raw = await createLink(sim, { amount: 125.5 });
    expect(raw.status).toBe(201);
    expect(raw.body).toEqual({ uid: expect.stringMatching(/^trx_[0-9a-f]{12}$/), reference: expect.stringMatching(/^ACME\d{6}SB$/), URL: `https://sandbox.migopayments.com/?orderId=${raw.body.uid}` });
    expect(raw.body.url).toBeUndefined();

    const bearer = await createLink(sim, { amount: 10, client: 'globex' }, headers.merchantBearer);
    expect(bearer.status).toBe(201);
    expect(bearer.body.reference).toMatch(/^GLOBEX\d{6}SB$/);
    expect((await lookup(bearer.body.uid)).body).toMatchObject({ client: 'globex', currency: 'USD', amount: 10, status: 'created', externalId: null, processor: null });
  });

  it('refuses a missing or wrong merchant token with 401 / 1001, and the Middleware JWT on merchant routes', async () => {
    for (const authorization of [undefined, 'Bearer 0000', sim.secrets.middlewareMerchantToken.slice(1), `Bearer ${sim.secrets.middlewareJwt}`]) {
      const { status, body } = await createLink(sim, { amount: 1 }, authorization === undefined ? {} : { authorization });
      expect(status).toBe(401);
      expect(body).toEqual({ success: false, ownCode: 1001, message: expect.any(String) });
    }
  });

  it('refuses the merchant token and a raw JWT on the JWT routes', async () => {
    const list = (authorization: string) => sim.call('GET', '/mw/v1/plans/list?client=acme', { headers: { authorization } });
    expect((await list(headers.merchant.authorization)).status).toBe(401);
    expect((await list(headers.merchantBearer.authorization)).body.ownCode).toBe(1001);
    expect((await list(sim.secrets.middlewareJwt)).status).toBe(401);
    expect((await list(headers.jwt.authorization)).status).toBe(200);
    const revert = await sim.call('POST', '/mw/revert', { body: { transactionUid: 'trx_5eed00000001', processor: 'fac-2' }, headers: headers.merchant });
    expect(revert.status).toBe(401);
  });

  it('refuses a second link with the same externalId for the same client (409 / 7006), not for another client', async () => {
    expect((await createLink(sim, { amount: 5, externalId: 'ORD-1' })).status).toBe(201);
    const duplicate = await createLink(sim, { amount: 6, externalId: 'ORD-1' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toEqual({ success: false, ownCode: 7006, message: 'External ID already exists.' });
    expect((await createLink(sim, { amount: 6, externalId: 'ORD-1', client: 'globex' })).status).toBe(201);
  });

  it('finds a client’s link by its externalId (assumed search), with its checkout URL; another client’s is not listed', async () => {
    const created = await createLink(sim, { amount: 7, externalId: 'ORD-FIND-1' });
    await createLink(sim, { amount: 8, externalId: 'ORD-FIND-1', client: 'globex' });
    const search = (query: string) => sim.call('GET', `/mw/transactions?${query}`, { headers: headers.merchant });
    const found = await search('client=acme&externalId=ORD-FIND-1');
    expect(found.status).toBe(200);
    expect(found.body).toEqual([expect.objectContaining({ uid: created.body.uid, reference: created.body.reference, URL: created.body.URL, externalId: 'ORD-FIND-1', client: 'acme', amount: 7 })]);
    expect((await search('client=acme&externalId=ORD-NONE')).body).toEqual([]);
    expect((await search('client=acme')).status).toBe(400);
    expect((await search('client=hooli&externalId=ORD-FIND-1')).body.ownCode).toBe(2001);
    expect((await sim.call('GET', '/mw/transactions?client=acme&externalId=ORD-FIND-1')).status).toBe(401);
  });

  it('validates the body: unknown client 404 / 2001, amount with 5 decimals or zero 400 / 5000', async () => {
    expect((await createLink(sim, { amount: 5, client: 'hooli' })).body).toMatchObject({ ownCode: 2001 });
    expect((await createLink(sim, { amount: 5, client: 'hooli' })).status).toBe(404);
    for (const amount of [1.00001, 0, '5']) {
      const { status, body } = await createLink(sim, { amount });
      expect(status).toBe(400);
      expect(body.ownCode).toBe(5000);
    }
  });

  it('creates a link from the browser with the body key pair, and refuses a wrong pair', async () => {
    const keys = { privateKey: '7a9c2f1e-3b4d-4c5e-8f6a-1b2c3d4e5f60', publicKey: '0f1e2d3c-4b5a-4968-8776-655443322110' };
    const body = { amount: 20, userId: 'spa-user', channel: 'web', client: 'initech' };
    const created = await sim.call('POST', '/mw/transactions-hook', { body: { ...body, ...keys } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ uid: expect.any(String), reference: expect.stringMatching(/^INITECH\d{6}SB$/), URL: expect.stringContaining(created.body.uid) });
    const wrong = await sim.call('POST', '/mw/transactions-hook', { body: { ...body, ...keys, publicKey: keys.privateKey } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.ownCode).toBe(1001);
  });

  it('settles after paymentLinkSettleMs by the amount cents: .99 denied, .98 expired, otherwise approved', async () => {
    await sim.call('PATCH', '/__sim/config', { body: { paymentLinkSettleMs: 30 } });
    const uids = await Promise.all([10, 10.99, 10.98].map(async (amount) => (await createLink(sim, { amount })).body.uid));
    const settled = await Promise.all(uids.map((uid) => eventually(async () => {
      const { body } = await lookup(uid);
      return body.status === 'created' ? undefined : body;
    })));
    expect(settled.map((s) => s.status)).toEqual(['approved', 'denied', 'expired']);
    expect(settled[0]).toMatchObject({ processor: 'fac-2', paidAt: expect.any(String) });
    expect(settled[1].paidAt).toBeUndefined();
  });

  it('ends a link now through the control plane, once', async () => {
    const { uid } = (await createLink(sim, { amount: 10 })).body;
    const forced = await sim.call('POST', `/__sim/middleware/transactions/${uid}/outcome`, { body: { status: 'denied' } });
    expect(forced.status).toBe(200);
    expect(forced.body).toMatchObject({ kind: 'payment-link', transaction: { uid, status: 'denied' } });
    expect((await lookup(uid)).body.status).toBe('denied');
    const again = await sim.call('POST', `/__sim/middleware/transactions/${uid}/outcome`, { body: { status: 'approved' } });
    expect(again.status).toBe(409);
    expect(again.body.ownCode).toBe(4020);
    expect((await sim.call('POST', '/__sim/middleware/transactions/trx_000000000000/outcome', { body: { status: 'approved' } })).status).toBe(404);
    expect((await sim.call('POST', `/__sim/middleware/transactions/${uid}/outcome`, { body: { status: 'refunded' } })).status).toBe(400);
  });

  it('answers 404 / 2000 for an unknown link', async () => {
    const { status, body } = await lookup('trx_ffffffffffff');
    expect(status).toBe(404);
    expect(body).toEqual({ success: false, ownCode: 2000, message: 'Transaction not found.' });
  });

  describe('revert and refund', () => {
    // Seeded approved links: trx_5eed00000001 (acme, fac-2) and trx_5eed00000002 (acme); initech links settle with globalPay.
    const post = (path: string, body: Record<string, unknown>) => sim.call('POST', `/mw/${path}`, { body, headers: headers.jwt });

    it('refunds in parts down to zero, then refuses; a refunded link cannot be reverted', async () => {
      const partial = await post('refund', { transactionUid: 'trx_5eed00000001', processor: 'fac-2', amount: 50 });
      expect(partial.status).toBe(200);
      expect(partial.body).toMatchObject({ success: true, data: { status: 'refunded', amount: 99, refundedAmount: 50 } });
      expect((await post('refund', { transactionUid: 'trx_5eed00000001', processor: 'fac-2', amount: 49.01 })).body.ownCode).toBe(5000);
      expect((await post('refund', { transactionUid: 'trx_5eed00000001', processor: 'fac-2' })).body.data.refundedAmount).toBe(99);
      const exhausted = await post('refund', { transactionUid: 'trx_5eed00000001', processor: 'fac-2' });
      expect([exhausted.status, exhausted.body.ownCode]).toEqual([409, 4020]);
      expect((await post('revert', { transactionUid: 'trx_5eed00000001', processor: 'fac-2' })).status).toBe(409);
    });

    it('reverts an approved link once, with its own processor only', async () => {
      expect((await post('revert', { transactionUid: 'trx_5eed00000002', processor: 'visa-cybersource' })).body.ownCode).toBe(5000);
      const reverted = await post('revert', { transactionUid: 'trx_5eed00000002', processor: 'fac-2' });
      expect(reverted.body.data.status).toBe('reverted');
      expect((await lookup('trx_5eed00000002')).body.status).toBe('reverted');
      expect((await post('revert', { transactionUid: 'trx_5eed00000002', processor: 'fac-2' })).status).toBe(409);
      expect((await post('revert', { transactionUid: 'trx_ffffffffffff', processor: 'fac-2' })).status).toBe(404);
    });

    it('refuses to refund through a revert-only processor (405 / 4022) and anything not approved (409 / 4020)', async () => {
      const { uid } = (await createLink(sim, { amount: 30, client: 'initech' })).body;
      expect((await post('refund', { transactionUid: uid, processor: 'globalPay' })).body.ownCode).toBe(4020);
      await sim.call('POST', `/__sim/middleware/transactions/${uid}/outcome`, { body: { status: 'approved' } });
      const refund = await post('refund', { transactionUid: uid, processor: 'globalPay' });
      expect([refund.status, refund.body.ownCode]).toEqual([405, 4022]);
      expect((await post('revert', { transactionUid: uid, processor: 'globalPay' })).body.data.status).toBe('reverted');
    });
  });
});
