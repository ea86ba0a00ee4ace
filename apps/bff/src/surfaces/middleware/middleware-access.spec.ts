import { apiKeysJson, TEST_APPS } from '#test-support';
import { apmBody, csvForm, linkBody, MiddlewareStack, startMiddlewareStack } from './testing/middleware-stack.js';

/** An app allowed two partners: lists need an explicit client. */
const PAIR = { key: 'test-key-pair-0005', scopes: ['middleware:*'], partners: ['acme', 'globex'] };

/** Validation, scopes and the partner allow-list: each refusal happens before the call it protects. */
describe('BFF Middleware surface: validation and access', () => {
  let stack: MiddlewareStack;
  beforeAll(async () => {
    stack = await startMiddlewareStack('bff-mw-access', { BFF_API_KEYS: apiKeysJson({ ...TEST_APPS, pair: PAIR }) });
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.reset());

  type As = 'all' | 'reader' | 'acme' | 'writerNoMoney' | 'pair';
  const call = (method: string, path: string, init: { body?: unknown; as?: As; raw?: FormData } = {}) =>
    init.as === 'pair'
      ? stack.bff.call(method, `/v1/middleware${path}`, { body: init.body, raw: init.raw, as: null, headers: { authorization: `Bearer ${PAIR.key}` } })
      : stack.bff.call(method, `/v1/middleware${path}`, { body: init.body, raw: init.raw, as: init.as ?? 'all' });
  const fields = (body: { errors?: Array<{ field: string }> }) => [...new Set((body.errors ?? []).map((e) => e.field))].sort();

  describe('validation (400 problem+json, nothing sent to Migo)', () => {
    it('checks payment-link, alternative-payment and refund bodies', async () => {
      const link = await call('POST', '/transactions', { body: { amount: 10.12345, userId: '', channel: 'web', currency: 'gtq', isTest: true } });
      expect(link.status).toBe(400);
      expect(link.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(fields(link.body)).toEqual(['amount', 'client', 'currency', 'isTest', 'userId']);
      expect((await call('POST', '/api/v1/integrations/transactions', { body: apmBody({ amount: -5, customKeys: 'x' }) })).status).toBe(400);
      expect((await call('POST', '/refund', { body: { transactionUid: 'trx_1', processor: 'fac-2', amount: 0 } })).status).toBe(400);
      expect((await call('POST', '/api/v1/integrations/transactions/trx_1/payments', { body: { processor: 'fri' } })).status).toBe(400);
      expect(await stack.upstreamCalls('POST /mw/transactions')).toBe(0);
      expect(await stack.upstreamCalls('POST /mw/api/v1/integrations/transactions')).toBe(0);
      expect(await stack.upstreamCalls('POST /mw/refund')).toBe(0);
    });

    it('checks card data without echoing it, and needs planUid to create a subscription', async () => {
      const card = await call('POST', '/v1/subscriptions/verify-card', { body: { uid: 'trx_1', processor: 'fac-2', cardInfo: { cardNumber: '4111-1111-1111-1111', cvv: '12345' }, shouldCreateSubscription: true } });
      expect(card.status).toBe(400);
      expect(fields(card.body)).toEqual(['cardInfo.cardNumber', 'cardInfo.cvv', 'planUid']);
      expect(card.text).not.toContain('4111-1111-1111-1111');
      expect(card.text).not.toContain('12345');
      const noCard = await call('POST', '/v1/subscriptions/verify-card', { body: { uid: 'trx_1', processor: 'fac-2', cardInfo: {}, shouldCreateSubscription: false } });
      expect(fields(noCard.body)).toEqual(['cardInfo.cardNumber', 'cardInfo.token']);
      expect(await stack.upstreamCalls('POST /mw/v1/subscriptions/verify-card')).toBe(0);
    });

    it('checks plans, subscription queries and charge batches', async () => {
      const plan = await call('POST', '/v1/plans', { body: { client: 'acme', plan: { name: 'X', amount: 1, currency: 'GTQ', type: 'MONTHLY', frequency: { frequency: -1 } } } });
      expect(fields(plan.body)).toEqual(['plan.frequency.frequency', 'plan.type']);
      expect((await call('GET', '/v1/subscriptions?clientId=acme')).status).toBe(400);
      const noClient = await call('GET', '/v1/subscriptions?userId=u');
      expect(noClient.status).toBe(400);
      expect(fields(noClient.body)).toEqual(['clientId']);
      expect((await call('GET', '/v1/subscriptions/payment-history')).status).toBe(400);
      const tooMany = Array.from({ length: 5001 }, () => ({ subscriptionId: 'sub_01HAAA', amount: 1 }));
      expect((await call('POST', '/v1/subscriptions/charges', { body: { client: 'acme', data: tooMany } })).status).toBe(400);
      const badRow = await call('POST', '/v1/subscriptions/charges', { body: { client: 'acme', data: [{ subscriptionId: 'sub_01HAAA', amount: 1 }, { subscriptionId: '', amount: '2' }] } });
      expect(fields(badRow.body)).toEqual(['data.1.amount', 'data.1.subscriptionId']);
      expect(await stack.upstreamCalls('POST /mw/v1/plans')).toBe(0);
      expect(await stack.upstreamCalls('GET /mw/v1/subscriptions')).toBe(0);
      expect(await stack.upstreamCalls('POST /mw/v1/subscriptions/charges')).toBe(0);
    });

    it('refuses control characters in path parameters', async () => {
      const control = await call('GET', '/transactions/trx%01');
      expect(control.status).toBe(400);
      expect(fields(control.body)).toEqual(['uid']);
      expect(await stack.upstreamCalls('GET /mw/transactions/:uid')).toBe(0);
    });
  });

  describe('scopes', () => {
    it('needs middleware:write for writes and middleware:read for reads', async () => {
      const write = await call('POST', '/transactions', { body: linkBody(), as: 'reader' });
      expect(write.status).toBe(403);
      expect(write.body.detail).toMatch(/middleware:write/);
      expect((await call('GET', '/v1/plans/list?client=acme', { as: 'reader' })).status).toBe(200);
      const read = await call('GET', '/v1/plans/list?client=acme', { as: 'writerNoMoney' });
      expect(read.status).toBe(403);
      expect(read.body.detail).toMatch(/middleware:read/);
      expect(await stack.upstreamCalls('POST /mw/transactions')).toBe(0);
    });
  });

  describe('partner allow-list (Middleware client = partner)', () => {
    it('refuses writes naming another partner before calling Migo', async () => {
      const attempts: Array<[string, string, unknown]> = [
        ['POST', '/transactions', linkBody({ client: 'globex' })],
        ['POST', '/api/v1/integrations/transactions', apmBody({ client: 'globex' })],
        ['POST', '/v1/plans', { client: 'globex', plan: { name: 'X', amount: 1, currency: 'USD', frequency: { frequency: 30 } } }],
        ['PUT', '/v1/plans', { client: 'globex', planUid: 'pln_pro', plan: { name: 'Y' } }],
        ['POST', '/v1/subscriptions/charges', { client: 'globex', data: [{ subscriptionId: 'sub_01HEEE', amount: 1 }] }],
        ['POST', '/v1/subscriptions/payment-methods', { tokenizeData: { userId: 'u', clientId: 'globex', processorId: 'fac-2', cardId: 'crd_1' } }],
        ['DELETE', '/v1/subscriptions/payment-methods', { userId: 'u', clientId: 'globex', paymentMethodId: 'pm_1' }],
      ];
      for (const [method, path, body] of attempts) {
        const response = await call(method, path, { body, as: 'acme' });
        expect([path, response.status]).toEqual([path, 403]);
        expect(response.body.detail).toMatch(/partner "globex"/);
      }
      const csv = await call('POST', '/v1/subscriptions/charges/upload-csv', { raw: csvForm('subscriptionId,amount\nsub_01HEEE,1\n', 'globex'), as: 'acme' });
      expect(csv.status).toBe(403);
      const requests = (await stack.sim.call('GET', '/__sim/stats')).body.requests;
      expect(Object.keys(requests).filter((route) => route.startsWith('POST /mw') || route.startsWith('PUT /mw') || route.startsWith('DELETE /mw'))).toEqual([]);
    });

    it("hides another partner's links, transactions, plans and subscriptions, and refuses to act on them", async () => {
      const link = (await call('POST', '/transactions', { body: linkBody({ client: 'globex' }) })).body.upstream.uid;
      const apm = (await call('POST', '/api/v1/integrations/transactions', { body: apmBody({ client: 'globex' }) })).body.upstream.uid;
      await stack.settle(link);
      const refused: Array<[string, string, unknown?]> = [
        ['GET', `/transactions/${link}`],
        ['POST', '/refund', { transactionUid: link, processor: 'visa-cybersource' }],
        ['POST', '/revert', { transactionUid: link, processor: 'visa-cybersource' }],
        ['GET', `/api/v1/integrations/transactions/${apm}`],
        ['POST', `/api/v1/integrations/transactions/${apm}/payment-intents`, { processor: 'nequi' }],
        ['POST', `/api/v1/integrations/transactions/${apm}/payments`, { processor: 'nequi', data: { phoneNumber: '3001234567' } }],
        ['POST', `/api/v1/integrations/transactions/${apm}/dismiss`, {}],
        ['POST', '/v1/subscriptions/verify-card', { uid: apm, processor: 'visa-cybersource', cardInfo: { token: 't', last4: '1234' }, shouldCreateSubscription: false }],
        ['GET', '/v1/plans/pln_pro/client/globex/detail'],
        ['GET', '/v1/subscriptions/detail/sub_01HEEE'],
        ['PUT', '/v1/subscriptions', { subUid: 'sub_01HEEE', notificationEmail: 'x@example.com' }],
        ['DELETE', '/v1/subscriptions/sub_01HEEE'],
        ['PUT', '/v1/subscriptions/payment-methods/set-default', { subUid: 'sub_01HEEE', paymentMethodId: 'pm_seed_5202' }],
        ['GET', '/v1/subscriptions/payment-history?subscriptionId=sub_01HEEE'],
      ];
      for (const [method, path, body] of refused) {
        const response = await call(method, path, { body, as: 'acme' });
        expect([method, path, response.status]).toEqual([method, path, 403]);
      }
      for (const route of ['POST /mw/refund', 'POST /mw/revert', 'POST /mw/v1/subscriptions/verify-card', 'PUT /mw/v1/subscriptions', 'DELETE /mw/v1/subscriptions/:subUid']) {
        expect([route, await stack.upstreamCalls(route)]).toEqual([route, 0]);
      }
      expect((await call('GET', '/v1/subscriptions/detail/sub_01HEEE')).body.status).toBe('active');
      expect((await call('GET', `/api/v1/integrations/transactions/${apm}`)).body.status).toBe('CREATED');
      // Its own partner's objects stay reachable.
      const own = (await call('POST', '/transactions', { body: linkBody(), as: 'acme' })).body.upstream.uid;
      expect((await call('GET', `/transactions/${own}`, { as: 'acme' })).status).toBe(200);
      expect((await call('GET', '/v1/subscriptions/payment-history?subscriptionId=sub_01HAAA', { as: 'acme' })).status).toBe(200);
    });

    it('forces lists and CSV uploads to the single allowed partner, and asks an app with several for one', async () => {
      const plans = await call('GET', '/v1/plans/list', { as: 'acme' });
      expect(plans.status).toBe(200);
      expect(new Set(plans.body.map((p: { client: string }) => p.client))).toEqual(new Set(['acme']));
      expect((await call('GET', '/v1/plans/list?client=globex', { as: 'acme' })).status).toBe(403);

      const globexUser = 'userId=valeria.rojas%40example.com';
      expect((await call('GET', `/v1/subscriptions?${globexUser}`, { as: 'acme' })).body).toEqual([]);
      expect((await call('GET', `/v1/subscriptions?${globexUser}&clientId=globex`, { as: 'acme' })).status).toBe(403);
      expect((await call('GET', `/v1/subscriptions?${globexUser}&clientId=globex`, { as: 'pair' })).body.map((s: { subUid: string }) => s.subUid)).toEqual(['sub_01HEEE']);
      const ambiguous = await call('GET', `/v1/subscriptions?${globexUser}`, { as: 'pair' });
      expect(ambiguous.status).toBe(400);
      expect(ambiguous.body.detail).toMatch(/clientId is required/);

      const csv = await call('POST', '/v1/subscriptions/charges/upload-csv', { raw: csvForm('subscriptionId,amount\nsub_01HAAA,1\n', null), as: 'acme' });
      expect(csv.status).toBe(202);
      expect(csv.body.job.partnerId).toBe('acme');
    });
  });
});
