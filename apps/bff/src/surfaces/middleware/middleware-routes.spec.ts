import { apmBody, csvForm, linkBody, MiddlewareStack, startMiddlewareStack } from './testing/middleware-stack.js';

/** Every /v1/middleware route, through the real BFF to the real simulator, with Migo's answer unwrapped. */
describe('BFF Middleware surface: routes', () => {
  let stack: MiddlewareStack;
  beforeAll(async () => {
    stack = await startMiddlewareStack('bff-mw-routes');
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.reset());

  const call = (method: string, path: string, body?: unknown) => stack.bff.call(method, `/v1/middleware${path}`, body === undefined ? {} : { body });

  describe('payment links', () => {
    it('creates a link (202 + job), reads it, then reverts and refunds approved links (202 + the job that follows each)', async () => {
      const created = await call('POST', '/transactions', linkBody({ externalId: 'ORD-1' }));
      expect(created.status).toBe(202);
      expect(created.body.upstream).toEqual({ uid: expect.stringMatching(/^trx_/), reference: expect.stringMatching(/^ACME\d{6}SB$/), URL: expect.stringContaining('orderId=') });
      const uid = created.body.upstream.uid;

      const lookup = await call('GET', `/transactions/${uid}`);
      expect(lookup.status).toBe(200);
      expect(lookup.body).toMatchObject({ uid, client: 'acme', amount: 100, currency: 'GTQ', status: 'created', externalId: 'ORD-1' });

      await stack.settle(uid);
      const refunded = await call('POST', '/refund', { transactionUid: uid, processor: 'fac-2', amount: 30 });
      expect(refunded.status).toBe(202);
      expect(refunded.body).toMatchObject({ job: { type: 'middleware.payment-link-reversal', upstream: { id: `${uid}/refund/30` }, partnerId: 'acme' }, upstream: { uid, refundedAmount: 30 } });

      const other = (await call('POST', '/transactions', linkBody())).body.upstream.uid;
      await stack.settle(other);
      const reverted = await call('POST', '/revert', { transactionUid: other, processor: 'fac-2' });
      expect(reverted.status).toBe(202);
      expect(reverted.body).toMatchObject({ job: { type: 'middleware.payment-link-reversal', upstream: { id: `${other}/revert` } }, upstream: { uid: other, status: 'reverted' } });
    });

    it('passes Migo refusals through: unknown link 404, a refund on a revert-only processor 405 → 422', async () => {
      const missing = await call('GET', '/transactions/trx_missing');
      expect(missing.status).toBe(404);
      expect(missing.body.upstream).toMatchObject({ service: 'middleware', status: 404, code: '2000' });

      const initech = (await call('POST', '/transactions', linkBody({ client: 'initech' }))).body.upstream.uid;
      await stack.settle(initech);
      const refused = await call('POST', '/refund', { transactionUid: initech, processor: 'globalPay' });
      expect(refused.status).toBe(422);
      expect(refused.body.upstream).toMatchObject({ status: 405, code: '4022' });
    });
  });

  describe('alternative payments', () => {
    it('creates (202 + job), reads, gets intents, pays and dismisses (JSON answer even when Migo says OK)', async () => {
      const created = await call('POST', '/api/v1/integrations/transactions', apmBody({ customKeys: { orderId: 'A-1' } }));
      expect(created.status).toBe(202);
      expect(created.body.upstream).toMatchObject({ uid: expect.stringMatching(/^trx_/), paymentMethods: expect.arrayContaining(['fri']), expireAt: expect.any(Number) });
      const uid = created.body.upstream.uid;
      const base = `/api/v1/integrations/transactions/${uid}`;

      const intents = await call('POST', `${base}/payment-intents`, { processor: 'fri' });
      expect(intents.status).toBe(200);
      expect(intents.body).toMatchObject({ requiredFields: expect.any(Object) });
      const paid = await call('POST', `${base}/payments`, { processor: 'fri', data: { user: 'fri-user' } });
      expect(paid.status).toBe(200);
      expect(paid.body).toMatchObject({ type: 'json', cancelAt: null });
      expect((await call('GET', base)).body).toMatchObject({ uid, status: 'IN_PROGRESS', processor: 'fri' });

      const dismissed = await call('POST', `${base}/dismiss`, { reason: 'user_cancelled' });
      expect(dismissed.status).toBe(200);
      expect(dismissed.body).toEqual({ message: 'Transaction dismissed', transaction: { uid, status: 'DISMISSED' } });
      expect((await call('GET', base)).body.status).toBe('DISMISSED');
    });

    it('answers a dedicated cancel hook as Migo does, and a rail without one as 422', async () => {
      const nequi = (await call('POST', '/api/v1/integrations/transactions', apmBody({ client: 'globex' }))).body.upstream.uid;
      await call('POST', `/api/v1/integrations/transactions/${nequi}/payments`, { processor: 'nequi', data: { phoneNumber: '3001234567' } });
      const cancelled = await call('POST', `/api/v1/integrations/transactions/${nequi}/dismiss`, {});
      expect(cancelled.body).toEqual({ message: 'Transaction cancelled', transaction: { uid: nequi, status: 'CANCELLED' } });

      const qr = (await call('POST', '/api/v1/integrations/transactions', apmBody())).body.upstream.uid;
      await call('POST', `/api/v1/integrations/transactions/${qr}/payments`, { processor: 'akisiQR', data: {} });
      const refused = await call('POST', `/api/v1/integrations/transactions/${qr}/dismiss`);
      expect(refused.status).toBe(422);
      expect(refused.body.upstream).toMatchObject({ status: 405, code: '4021' });
    });
  });

  describe('plans', () => {
    it('creates (201), updates, lists and reads a plan', async () => {
      const created = await call('POST', '/v1/plans', { client: 'acme', plan: { name: 'Gold', amount: 150, currency: 'GTQ', frequency: { frequency: 30, shortDescription: 'Monthly' }, methods: ['fac-2'] } });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ planUid: expect.any(String), name: 'Gold', amount: 150, type: 'interval', methods: ['fac-2'] });
      const planUid = created.body.planUid;

      const updated = await call('PUT', '/v1/plans', { client: 'acme', planUid, plan: { name: 'Gold+', dailyAttempts: 5 } });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ name: 'Gold+', dailyAttempts: 5 });
      const list = await call('GET', '/v1/plans/list?client=acme');
      expect(list.status).toBe(200);
      expect(list.body.map((p: { planUid: string }) => p.planUid)).toEqual(expect.arrayContaining(['pln_basico', planUid]));
      const detail = await call('GET', `/v1/plans/${planUid}/client/acme/detail`);
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({ planUid, name: 'Gold+' });
      expect((await call('GET', `/v1/plans/${planUid}/client/globex/detail`)).status).toBe(404);
    });
  });

  describe('subscriptions and cards on file', () => {
    it('verifies a tokenized card into a subscription, manages it, its cards and cancels it', async () => {
      const uid = (await call('POST', '/transactions', linkBody())).body.upstream.uid;
      const verified = await call('POST', '/v1/subscriptions/verify-card', {
        uid,
        processor: 'fac-2',
        cardInfo: { token: 'tok_proc_1111', last4: '1111', expirationMonth: 12, expirationYear: 2099 },
        shouldCreateSubscription: true,
        planUid: 'pln_basico',
      });
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({ verified: true, card: { last4: '1111' }, subscription: { status: 'active', client: 'acme' } });
      const subUid = verified.body.subscription.subUid;

      const list = await call('GET', '/v1/subscriptions?userId=buyer%40example.gt&clientId=acme');
      expect(list.status).toBe(200);
      expect(list.body.map((s: { subUid: string }) => s.subUid)).toEqual([subUid]);
      expect((await call('GET', `/v1/subscriptions/detail/${subUid}`)).body).toMatchObject({ subUid, planUid: 'pln_basico' });
      const updated = await call('PUT', '/v1/subscriptions', { subUid, notificationEmail: 'billing@example.gt' });
      expect(updated.status).toBe(200);
      expect(updated.body.notificationEmail).toBe('billing@example.gt');

      const card = (await call('POST', '/v1/subscriptions/verify-card', { uid, processor: 'fac-2', cardInfo: { token: 'tok_1', last4: '5454' }, shouldCreateSubscription: false })).body.card;
      const added = await call('POST', '/v1/subscriptions/payment-methods', { tokenizeData: { userId: 'buyer@example.gt', clientId: 'acme', processorId: 'fac-2', cardId: card.cardId, alias: 'Work' } });
      expect(added.status).toBe(201);
      const previousDefault = updated.body.paymentMethods.find((m: { isDefault: boolean }) => m.isDefault).id;
      const switched = await call('PUT', '/v1/subscriptions/payment-methods/set-default', { subUid, paymentMethodId: added.body.id });
      expect(switched.status).toBe(200);
      expect(switched.body.paymentMethods.find((m: { isDefault: boolean }) => m.isDefault).id).toBe(added.body.id);
      const removed = await call('DELETE', '/v1/subscriptions/payment-methods', { userId: 'buyer@example.gt', clientId: 'acme', paymentMethodId: previousDefault });
      expect(removed.status).toBe(200);
      expect(removed.body.id).toBe(previousDefault);

      const cancelled = await call('DELETE', `/v1/subscriptions/${subUid}`);
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', nextRenewalDate: null });
    });

    it('passes a declined card through as 422 without echoing its token', async () => {
      const uid = (await call('POST', '/transactions', linkBody())).body.upstream.uid;
      const declined = await call('POST', '/v1/subscriptions/verify-card', { uid, processor: 'fac-2', cardInfo: { token: 'tok_declined', last4: '0002' }, shouldCreateSubscription: false });
      expect(declined.status).toBe(422);
      expect(declined.body.upstream.code).toBe('4030');
      expect(declined.text).not.toContain('tok_declined');
    });
  });

  describe('charges', () => {
    it('charges a batch and a CSV (202 + job) and reads their outcomes in the payment history', async () => {
      const batch = await call('POST', '/v1/subscriptions/charges', { client: 'acme', data: [{ subscriptionId: 'sub_01HAAA', amount: 12.5, metadata: { order: 7 } }] });
      expect(batch.status).toBe(202);
      expect(batch.body.upstream).toMatchObject({ clientId: 'acme', batchId: expect.stringMatching(/^bat_/), totals: { received: 1, accepted: 1, rejected: 0 } });
      const csv = await stack.bff.call('POST', '/v1/middleware/v1/subscriptions/charges/upload-csv', { raw: csvForm('subscriptionId,amount,metadata\nsub_01HAAA,3.25,"{""a"":1}"\n') });
      expect(csv.status).toBe(202);
      expect(csv.body.upstream).toEqual({ trackingId: expect.any(String) });

      // The simulator shows no `source` by default (Migo documents none): the charges show by amount and metadata.
      const since = Date.now() - 60_000;
      let charges: unknown[] = [];
      for (let attempt = 0; attempt < 100 && charges.length < 2; attempt++) {
        const history = await call('GET', '/v1/subscriptions/payment-history?subscriptionId=sub_01HAAA');
        expect(history.status).toBe(200);
        type Entry = { amount: number; status: string; createdAt: string; metadata?: unknown };
        charges = history.body.filter((entry: Entry) => Date.parse(entry.createdAt) >= since).map(({ amount, status, metadata }: Entry) => ({ amount, status, metadata }));
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      expect(charges).toEqual(
        expect.arrayContaining([
          { amount: 12.5, status: 'approved', metadata: { order: 7 } },
          { amount: 3.25, status: 'approved', metadata: { a: 1 } },
        ]),
      );
    });
  });
});
