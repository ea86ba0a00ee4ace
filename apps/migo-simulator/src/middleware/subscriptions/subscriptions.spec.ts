import { useSimulator } from '#test-support';
import { createLink, mwHeaders } from '../testing/mw-test-kit.js';

const CARD = { cardNumber: '4111111111111111', expirationMonth: 12, expirationYear: 2099, cvv: '123', holderName: 'María López' };

describe('Middleware subscriptions (simulator)', () => {
  const sim = useSimulator();
  let jwt: Record<string, string>;
  beforeAll(() => {
    jwt = mwHeaders(sim).jwt;
  });

  const verify = (body: Record<string, unknown>) => sim.call('POST', '/mw/v1/subscriptions/verify-card', { body: { processor: 'fac-2', cardInfo: CARD, shouldCreateSubscription: true, planUid: 'pln_premium', ...body }, headers: jwt });
  const detail = async (subUid: string) => (await sim.call('GET', `/mw/v1/subscriptions/detail/${subUid}`, { headers: jwt })).body.data;
  const linkFor = async (userId: string, client = 'acme') => (await createLink(sim, { amount: 249, userId, client })).body.uid as string;

  it("verify-card creates an active subscription for the transaction's user, keeping only the last 4 digits", async () => {
    const uid = await linkFor('nuevo@example.gt');
    const { status, body } = await verify({ uid });
    expect(status).toBe(200);
    expect(body).toMatchObject({ success: true, data: { verified: true, card: { cardId: expect.stringMatching(/^crd_/), last4: '1111', brand: 'visa' } } });
    expect(body.data.subscription).toEqual({
      subUid: expect.stringMatching(/^sub_/),
      planUid: 'pln_premium',
      client: 'acme',
      userId: 'nuevo@example.gt',
      status: 'active',
      currency: 'GTQ',
      amount: 249,
      nextRenewalDate: expect.any(String),
      notificationEmail: 'nuevo@example.gt',
      paymentMethods: [{ id: expect.stringMatching(/^pm_/), last4: '1111', brand: 'visa', isDefault: true }],
      createdAt: expect.any(String),
    });
    expect(Date.parse(body.data.subscription.nextRenewalDate) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect(JSON.stringify(body)).not.toMatch(/4111111111111111|"cvv"|123"/);

    const listed = await sim.call('GET', '/mw/v1/subscriptions?userId=nuevo@example.gt&clientId=acme', { headers: jwt });
    expect(listed.body.data.map((s: { subUid: string }) => s.subUid)).toEqual([body.data.subscription.subUid]);
  });

  it('verify-card without the flag only verifies; the card can then be put on file and made the default', async () => {
    const uid = await linkFor('maria.lopez@example.gt');
    const verified = await verify({ uid, shouldCreateSubscription: false, planUid: undefined, cardInfo: { token: 'tok_visa_5555', last4: '5555', brand: 'mastercard' } });
    expect(verified.body.data).toEqual({ verified: true, card: { cardId: expect.any(String), last4: '5555', brand: 'mastercard' } });
    const tokenizeData = { userId: 'maria.lopez@example.gt', clientId: 'acme', processorId: 'fac-2', cardId: verified.body.data.card.cardId, alias: 'Oro' };
    const added = await sim.call('POST', '/mw/v1/subscriptions/payment-methods', { body: { tokenizeData }, headers: jwt });
    expect(added.status).toBe(201);
    expect(added.body.data).toMatchObject({ id: expect.stringMatching(/^pm_/), last4: '5555', alias: 'Oro', clientId: 'acme' });
    expect((await sim.call('POST', '/mw/v1/subscriptions/payment-methods', { body: { tokenizeData: { ...tokenizeData, userId: 'jose.perez@example.gt' } }, headers: jwt })).body.ownCode).toBe(2005);

    expect((await detail('sub_01HAAA')).paymentMethods).toEqual([
      { id: 'pm_seed_4401', last4: '4401', brand: 'visa', isDefault: true },
      { id: 'pm_seed_4402', last4: '4402', brand: 'visa', isDefault: false },
      { id: added.body.data.id, last4: '5555', brand: 'mastercard', isDefault: false },
    ]);
    const remove = (paymentMethodId: string) => sim.call('DELETE', '/mw/v1/subscriptions/payment-methods', { body: { userId: 'maria.lopez@example.gt', clientId: 'acme', paymentMethodId }, headers: jwt });
    expect((await remove('pm_seed_4401')).body.ownCode).toBe(4020);
    const moved = await sim.call('PUT', '/mw/v1/subscriptions/payment-methods/set-default', { body: { subUid: 'sub_01HAAA', paymentMethodId: added.body.data.id }, headers: jwt });
    expect(moved.body.data.paymentMethods.filter((m: { isDefault: boolean }) => m.isDefault).map((m: { last4: string }) => m.last4)).toEqual(['5555']);
    expect((await remove('pm_seed_4401')).status).toBe(200);
    expect((await detail('sub_01HAAA')).paymentMethods).toHaveLength(2);
  });

  it('refuses verify-card for an unknown transaction, a processor the plan does not allow, an expired or declined card', async () => {
    const uid = await linkFor('nuevo@example.gt');
    const cases: Array<[Record<string, unknown>, number, number]> = [
      [{ uid: 'trx_ffffffffffff' }, 404, 2000],
      [{ uid, planUid: undefined }, 400, 5000],
      [{ uid, planUid: 'pln_pro' }, 404, 2002],
      [{ uid, processor: 'visa-cybersource' }, 405, 4023],
      [{ uid, cardInfo: { ...CARD, expirationYear: 2020 } }, 422, 4031],
      [{ uid, cardInfo: { ...CARD, cardNumber: '4000000000000002' } }, 422, 4030],
      [{ uid, cardInfo: { holderName: 'x' } }, 400, 5000],
    ];
    for (const [body, status, ownCode] of cases) {
      const response = await verify(body);
      expect([response.status, response.body.ownCode]).toEqual([status, ownCode]);
    }
    expect((await sim.call('GET', '/mw/v1/subscriptions?userId=nuevo@example.gt&clientId=acme', { headers: jwt })).body.data).toEqual([]);
  });

  it('cancels an active subscription at once, and only once', async () => {
    const cancelled = await sim.call('DELETE', '/mw/v1/subscriptions/sub_01HBBB', { headers: jwt });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({ subUid: 'sub_01HBBB', status: 'cancelled', nextRenewalDate: null });
    expect((await detail('sub_01HBBB')).status).toBe('cancelled');
    const again = await sim.call('DELETE', '/mw/v1/subscriptions/sub_01HBBB', { headers: jwt });
    expect([again.status, again.body.ownCode]).toEqual([409, 4020]);
    expect((await sim.call('DELETE', '/mw/v1/subscriptions/sub_nope', { headers: jwt })).body.ownCode).toBe(2003);
  });

  it('lists by userId and clientId (both required) and updates only the notification e-mail', async () => {
    const listed = await sim.call('GET', '/mw/v1/subscriptions?userId=maria.lopez@example.gt&clientId=acme', { headers: jwt });
    expect(listed.body.data.map((s: { subUid: string }) => s.subUid)).toEqual(['sub_01HAAA', 'sub_01HAAB']);
    const missing = await sim.call('GET', '/mw/v1/subscriptions?userId=maria.lopez@example.gt', { headers: jwt });
    expect([missing.status, missing.body.ownCode]).toEqual([400, 5000]);
    const updated = await sim.call('PUT', '/mw/v1/subscriptions', { body: { subUid: 'sub_01HAAA', notificationEmail: 'facturas@example.gt', amount: 1, status: 'cancelled' }, headers: jwt });
    expect(updated.body.data).toMatchObject({ notificationEmail: 'facturas@example.gt', amount: 99, status: 'active' });
  });

  it('serves the seeded payment history newest first, and needs subscriptionId', async () => {
    const { status, body } = await sim.call('GET', '/mw/v1/subscriptions/payment-history?subscriptionId=sub_01HEEE', { headers: jwt });
    expect(status).toBe(200);
    expect(body).toMatchObject({ success: true, message: 'Payment history found' });
    expect(body.data).toHaveLength(2);
    expect(body.data[0]).toEqual({ uid: expect.stringMatching(/^trx_/), subscriptionId: 'sub_01HEEE', amount: 19.99, currency: 'USD', status: 'approved', createdAt: expect.any(String) }); // no `source` unless SIM_PAYMENT_HISTORY_SOURCE
    expect(body.data[0].createdAt > body.data[1].createdAt).toBe(true);
    const missing = await sim.call('GET', '/mw/v1/subscriptions/payment-history', { headers: jwt });
    expect([missing.status, missing.body.ownCode]).toEqual([400, 5000]);
    expect((await sim.call('GET', '/mw/v1/subscriptions/payment-history?subscriptionId=sub_nope', { headers: jwt })).status).toBe(404);
  });

  it('runs a scheduled renewal on demand; denials up to the plan attempts make the subscription inactive', async () => {
    const before = await detail('sub_01HAAA');
    const renewal = await sim.call('POST', '/__sim/middleware/subscriptions/sub_01HAAA/run-renewal');
    expect(renewal.status).toBe(200);
    expect(renewal.body.entry).toMatchObject({ subscriptionId: 'sub_01HAAA', amount: 99, status: 'approved', source: { type: 'scheduled' } });
    expect(Date.parse(renewal.body.subscription.nextRenewalDate) - Date.parse(before.nextRenewalDate)).toBe(30 * 86_400_000);

    for (let attempt = 1; attempt <= 3; attempt++) {
      const denied = await sim.call('POST', '/__sim/middleware/subscriptions/sub_01HAAA/run-renewal', { body: { outcome: 'denied' } });
      expect(denied.body.entry).toMatchObject({ status: 'denied', reason: 'card_declined' });
      expect(denied.body.subscription.status).toBe(attempt < 3 ? 'active' : 'inactive');
    }
    const inactive = await sim.call('POST', '/__sim/middleware/subscriptions/sub_01HAAA/run-renewal');
    expect([inactive.status, inactive.body.ownCode]).toEqual([409, 4020]);
    const history = await sim.call('GET', '/mw/v1/subscriptions/payment-history?subscriptionId=sub_01HAAA', { headers: jwt });
    expect(history.body.data.map((e: { status: string }) => e.status)).toEqual(['denied', 'denied', 'denied', 'approved', 'approved', 'approved']);
  });
});
