import { RunningSimulator, startSimulator, testRedis, TestRedis, upstreamStack } from '#test-support';
import { UpstreamError } from '#migo-http';
import { MiddlewareClient } from './middleware.client.js';

/** Every method against the real simulator: its guards check that each route gets the right credential. */
describe('MiddlewareClient', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;
  let client: MiddlewareClient;

  beforeAll(async () => {
    sim = await startSimulator({ SIM_PAYMENT_LINK_SETTLE_MS: '60000', SIM_APM_SETTLE_MS: '60000' });
    redis = testRedis('mw-client');
    const { upstream, auth } = upstreamStack(sim, redis.connect(), redis.keys, { env: { MIGO_RETRY_BASE_DELAY_MS: '1' } });
    client = new MiddlewareClient(upstream, auth);
  });
  afterAll(async () => {
    await sim.close();
    await redis.cleanup();
  });
  beforeEach(async () => {
    await sim.call('DELETE', '/__sim/faults');
    await sim.call('POST', '/__sim/reset');
  });

  const requests = async (key: string): Promise<number> => (await sim.call('GET', '/__sim/stats')).body.requests[key] ?? 0;
  const settle = (uid: string, status = 'approved') => sim.call('POST', `/__sim/middleware/transactions/${uid}/outcome`, { body: { status } });
  const link = (amount = 100) => client.paymentLinks.createPaymentLink({ amount, userId: 'buyer@example.gt', channel: 'web', client: 'acme' });

  it('creates a payment link (raw answer) and reads it back with the merchant token', async () => {
    const created = await client.paymentLinks.createPaymentLink({ amount: 125.5, userId: '+50212345678', channel: 'wa', client: 'acme', externalId: 'ORD-1' });
    expect(created).toEqual({ uid: expect.stringMatching(/^trx_/), reference: expect.stringMatching(/^ACME\d{6}SB$/), URL: expect.stringContaining(`orderId=${created.uid}`) });
    expect(await client.paymentLinks.getPaymentLink(created.uid)).toMatchObject({ uid: created.uid, amount: 125.5, currency: 'GTQ', status: 'created', externalId: 'ORD-1' });
  });

  it('creates a payment link with the browser key pair and no token', async () => {
    const created = await client.paymentLinks.createPaymentLinkWithKeys({
      amount: 5,
      userId: 'u',
      channel: 'web',
      client: 'globex',
      privateKey: '7a9c2f1e-3b4d-4c5e-8f6a-1b2c3d4e5f60',
      publicKey: '0f1e2d3c-4b5a-4968-8776-655443322110',
    });
    expect(created.uid).toMatch(/^trx_/);
  });

  it('reverts and refunds approved links with the Middleware JWT', async () => {
    const [toRevert, toRefund] = [await link(), await link()];
    await settle(toRevert.uid);
    await settle(toRefund.uid);
    expect(await client.paymentLinks.revertPayment({ transactionUid: toRevert.uid, processor: 'fac-2' })).toMatchObject({ uid: toRevert.uid, status: 'reverted' });
    expect(await client.paymentLinks.refundPayment({ transactionUid: toRefund.uid, processor: 'fac-2', amount: 40 })).toMatchObject({ uid: toRefund.uid, refundedAmount: 40 });
  });

  it('runs an alternative payment: create, intents, pay, lookup, dismiss', async () => {
    const created = await client.alternativePayments.createAlternativePayment({ amount: 20, channel: 'web', client: 'acme', userId: 'u1', customKeys: { orderId: 'A-1' } });
    expect(created).toMatchObject({ uid: expect.stringMatching(/^trx_/), paymentMethods: expect.arrayContaining(['fri', 'zigi']), expireAt: expect.any(Number) });
    expect(await client.alternativePayments.alternativePaymentIntents(created.uid, { processor: 'fri' })).toMatchObject({ requiredFields: expect.any(Object) });
    expect(await client.alternativePayments.alternativePaymentIntents(created.uid, { processor: 'zigi' })).toBeNull();
    expect(await client.alternativePayments.payAlternativePayment(created.uid, { processor: 'fri', data: { user: 'fri-user' } })).toMatchObject({ type: 'json', cancelAt: null });
    expect(await client.alternativePayments.getAlternativePayment(created.uid)).toMatchObject({ uid: created.uid, status: 'IN_PROGRESS', processor: 'fri' });
    expect(await client.alternativePayments.dismissAlternativePayment(created.uid, { reason: 'user_cancelled' })).toBe('OK');

    const nequi = await client.alternativePayments.createAlternativePayment({ amount: 20, channel: 'web', client: 'globex', userId: 'u2' });
    await client.alternativePayments.payAlternativePayment(nequi.uid, { processor: 'nequi', data: { phoneNumber: '3001234567' } });
    expect(await client.alternativePayments.dismissAlternativePayment(nequi.uid)).toEqual({ message: 'Transaction cancelled', transaction: { uid: nequi.uid, status: 'CANCELLED' } });
  });

  it('manages plans', async () => {
    const plan = await client.plans.createPlan({ client: 'acme', plan: { name: 'Gold', amount: 150, currency: 'GTQ', frequency: { frequency: 30 } } });
    expect(plan).toMatchObject({ planUid: expect.any(String), client: 'acme', name: 'Gold', amount: 150, type: 'interval' });
    expect(await client.plans.updatePlan({ client: 'acme', planUid: plan.planUid, plan: { name: 'Gold+' } })).toMatchObject({ name: 'Gold+' });
    expect(await client.plans.getPlan(plan.planUid, 'acme')).toMatchObject({ name: 'Gold+', amount: 150 });
    expect((await client.plans.listPlans({ client: 'acme' })).map((p) => p.planUid)).toEqual(expect.arrayContaining(['pln_basico', 'pln_premium', plan.planUid]));
  });

  it('creates a subscription by verify-card and manages it and its cards on file', async () => {
    const trx = await link();
    const verified = await client.subscriptions.verifyCard({ uid: trx.uid, processor: 'fac-2', cardInfo: { cardNumber: '4111111111111111', cvv: '123' }, shouldCreateSubscription: true, planUid: 'pln_basico' });
    expect(verified).toMatchObject({ verified: true, card: { last4: '1111', brand: 'visa' }, subscription: { status: 'active', planUid: 'pln_basico' } });
    expect(JSON.stringify(verified)).not.toContain('4111111111111111');
    const subUid = verified.subscription!.subUid;

    expect((await client.subscriptions.listSubscriptions({ userId: 'buyer@example.gt', clientId: 'acme' })).map((s) => s.subUid)).toEqual([subUid]);
    expect(await client.subscriptions.updateSubscription({ subUid, notificationEmail: 'new@example.gt' })).toMatchObject({ notificationEmail: 'new@example.gt' });

    const second = await client.subscriptions.verifyCard({ uid: trx.uid, processor: 'fac-2', cardInfo: { token: 'tok_abc', last4: '5555', brand: 'mastercard' }, shouldCreateSubscription: false });
    const added = await client.subscriptions.addPaymentMethod({ tokenizeData: { userId: 'buyer@example.gt', clientId: 'acme', processorId: 'fac-2', cardId: second.card.cardId, alias: 'Work' } });
    expect(added).toMatchObject({ id: expect.any(String), last4: '5555', alias: 'Work', clientId: 'acme' });
    const firstMethod = (await client.subscriptions.getSubscription(subUid)).paymentMethods.find((m) => m.isDefault)!;
    const switched = await client.subscriptions.setDefaultPaymentMethod({ subUid, paymentMethodId: added.id });
    expect(switched.paymentMethods.find((m) => m.isDefault)?.id).toBe(added.id);
    expect(await client.subscriptions.removePaymentMethod({ userId: 'buyer@example.gt', clientId: 'acme', paymentMethodId: firstMethod.id })).toMatchObject({ id: firstMethod.id });
    expect(await client.subscriptions.cancelSubscription(subUid)).toMatchObject({ subUid, status: 'cancelled', nextRenewalDate: null });
  });

  it('charges subscriptions in a batch and from a CSV, and reads the outcomes from the payment history', async () => {
    const batch = await client.charges.chargeSubscriptions({ client: 'acme', data: [{ subscriptionId: 'sub_01HAAA', amount: 12.5 }, { subscriptionId: 'sub_nope', amount: 1 }] });
    expect(batch).toMatchObject({ clientId: 'acme', batchId: expect.stringMatching(/^bat_/), totals: { received: 2, accepted: 1, rejected: 1 }, errorsSample: [{ index: 1 }] });
    const csv = await client.charges.uploadChargesCsv({ clientId: 'acme', filename: 'charges.csv', bytes: Buffer.from('subscriptionId,amount\nsub_01HBBB,7.25\n') });
    expect(csv).toEqual({ trackingId: expect.any(String) });

    // Migo's entries name no batch (the simulator hides `source` by default): the charges are found by amount.
    const deadline = Date.now() + 5000;
    let charges: Array<Record<string, unknown>> = [];
    while (Date.now() < deadline) {
      const history = [...(await client.charges.paymentHistory({ subscriptionId: 'sub_01HAAA' })), ...(await client.charges.paymentHistory({ subscriptionId: 'sub_01HBBB' }))];
      charges = history.filter((entry) => entry.amount === 12.5 || entry.amount === 7.25).map(({ subscriptionId, amount, status }) => ({ subscriptionId, amount, status }));
      if (charges.length === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(charges).toEqual(
      expect.arrayContaining([
        { subscriptionId: 'sub_01HAAA', amount: 12.5, status: 'approved' },
        { subscriptionId: 'sub_01HBBB', amount: 7.25, status: 'approved' },
      ]),
    );
  });

  it('retries reads (and the payment-intents read) but never a write', async () => {
    const created = await link();
    await sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'GET', path: '/transactions/*', status: 503, times: 1 } });
    expect((await client.paymentLinks.getPaymentLink(created.uid)).uid).toBe(created.uid);
    expect(await requests('GET /mw/transactions/:uid')).toBe(2);

    const apm = await client.alternativePayments.createAlternativePayment({ amount: 20, channel: 'web', client: 'acme', userId: 'u1' });
    await sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'POST', path: '/api/v1/integrations/transactions/*/payment-intents', status: 502, times: 1 } });
    await client.alternativePayments.alternativePaymentIntents(apm.uid, { processor: 'fri' });
    expect(await requests('POST /mw/api/v1/integrations/transactions/:transactionId/payment-intents')).toBe(2);

    await sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'POST', path: '/v1/subscriptions/charges', status: 503, times: 1 } });
    const refused = await client.charges.chargeSubscriptions({ client: 'acme', data: [{ subscriptionId: 'sub_01HAAA', amount: 1 }] }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UpstreamError);
    expect((refused as UpstreamError).status).toBe(503);
    expect(await requests('POST /mw/v1/subscriptions/charges')).toBe(1);
  });

  it('surfaces Migo refusals with their ownCode', async () => {
    const error = (await client.subscriptions.getSubscription('sub_missing').catch((e: unknown) => e)) as UpstreamError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect([error.status, error.code]).toEqual([404, '2003']);
  });
});
