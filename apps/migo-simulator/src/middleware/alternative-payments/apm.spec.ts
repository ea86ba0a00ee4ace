import { useSimulator } from '#test-support';
import { createApm, eventually, mwHeaders } from '../testing/mw-test-kit.js';
import { ApmStore } from './apm-store.js';

const BASE = '/mw/api/v1/integrations/transactions';

describe('Middleware alternative payments (simulator)', () => {
  const sim = useSimulator();
  let headers: ReturnType<typeof mwHeaders>;
  beforeAll(() => {
    headers = mwHeaders(sim);
  });

  const post = (path: string, body?: unknown) => sim.call('POST', `${BASE}${path}`, { body, headers: headers.merchantBearer });
  const lookup = async (uid: string) => (await sim.call('GET', `${BASE}/${uid}`, { headers: headers.merchant })).body.data;
  const open = async (client: string, amount = 25) => (await createApm(sim, { client, amount })).body.data.uid as string;
  /** A transaction IN_PROGRESS on `processor`. */
  const inProgress = async (client: string, processor: string, data: Record<string, unknown> = {}) => {
    const uid = await open(client);
    const paid = await post(`/${uid}/payments`, { processor, data });
    expect(paid.status).toBe(200);
    return uid;
  };
  const force = (uid: string, status: string) => sim.call('POST', `/__sim/middleware/transactions/${uid}/outcome`, { body: { status } });

  it("opens a transaction with the client's rails and 900 seconds to pay", async () => {
    const acme = await createApm(sim, { amount: 125.5, customKeys: { orderId: 'A-1' } });
    expect(acme.status).toBe(201);
    expect(acme.body).toEqual({
      success: true,
      message: 'Transaction created',
      data: { uid: expect.stringMatching(/^trx_[0-9a-f]{12}$/), paymentMethods: ['zigi', 'akisiQR', 'bancoIndustrial', 'quickPayQR', 'bamPaymentButton', 'pronet', 'fri'], expireAt: 900 },
    });
    expect((await createApm(sim, { amount: 10, client: 'globex' })).body.data.paymentMethods).toEqual(['nequi', 'globalPay-PSE']);
    expect((await createApm(sim, { amount: 10, client: 'initech' })).body.data.paymentMethods).toEqual(['quickPayQR']);
    expect(await lookup(acme.body.data.uid)).toMatchObject({ client: 'acme', currency: 'GTQ', amount: 125.5, status: 'CREATED', processor: null });
  });

  it("refuses an amount outside the merchant's limits (400 / 5001) and a missing userId (400 / 5000)", async () => {
    const tooMuch = await createApm(sim, { amount: 10001, client: 'globex' });
    expect([tooMuch.status, tooMuch.body.ownCode]).toEqual([400, 5001]);
    const missing = await sim.call('POST', BASE, { body: { amount: 5, channel: 'web', client: 'acme' }, headers: headers.merchant });
    expect([missing.status, missing.body.ownCode]).toEqual([400, 5000]);
  });

  it('answers payment intents for fri, nequi and globalPay-PSE only, and marks the transaction USED', async () => {
    const uid = await open('acme');
    const fri = await post(`/${uid}/payment-intents`, { processor: 'fri' });
    expect(fri.body).toEqual({ success: true, data: { requiredFields: { phoneNumber: { description: expect.any(String), required: false }, user: { description: expect.any(String), required: false } }, note: expect.any(String) } });
    expect((await post(`/${uid}/payment-intents`, { processor: 'zigi' })).body).toEqual({ success: true, data: null });
    expect((await lookup(uid)).status).toBe('USED');
    const pse = await post(`/${await open('globex')}/payment-intents`, { processor: 'globalPay-PSE' });
    expect(pse.body.data.banks.length).toBeGreaterThan(0);
    expect((await post(`/${uid}/payment-intents`, { processor: 'nequi' })).body.ownCode).toBe(4001);
  });

  it('starts a payment on an enabled rail only, once, with the rail-specific answer', async () => {
    const uid = await open('acme');
    const notEnabled = await post(`/${uid}/payments`, { processor: 'nequi', data: {} });
    expect([notEnabled.status, notEnabled.body.ownCode]).toEqual([400, 4001]);
    expect((await post(`/${uid}/payments`, { processor: 'fri', data: {} })).body.ownCode).toBe(5000);
    expect((await post(`/${uid}/payments`, { processor: 'fri' })).status).toBe(400);
    const started = await post(`/${uid}/payments`, { processor: 'fri', data: { phoneNumber: '+50255550101' } });
    expect(started.body).toEqual({ success: true, message: 'Success', data: { transaction_id: uid, type: 'json', data: expect.objectContaining({ phoneNumber: '+50255550101' }), cancelAt: null } });
    expect(await lookup(uid)).toMatchObject({ status: 'IN_PROGRESS', processor: 'fri' });
    expect((await post(`/${uid}/payments`, { processor: 'zigi', data: {} })).body.ownCode).toBe(4020);

    const types = await Promise.all(['zigi', 'akisiQR', 'bancoIndustrial', 'bamPaymentButton'].map(async (processor) => (await post(`/${await open('acme')}/payments`, { processor, data: { installments: 3 } })).body.data));
    expect(types.map((t) => t.type)).toEqual(['url', 'qr', 'html', 'payButton']);
    expect(types[3].data).toMatchObject({ installments: 3 });
  });

  it('settles IN_PROGRESS after apmSettleMs by the amount cents', async () => {
    await sim.call('PATCH', '/__sim/config', { body: { apmSettleMs: 30 } });
    const approved = await open('acme', 40);
    const denied = await open('acme', 40.99);
    for (const uid of [approved, denied]) await post(`/${uid}/payments`, { processor: 'zigi', data: {} });
    const statuses = await Promise.all([approved, denied].map((uid) => eventually(async () => {
      const { status } = await lookup(uid);
      return status === 'IN_PROGRESS' ? undefined : status;
    })));
    expect(statuses).toEqual(['APPROVED', 'DENIED']);
  });

  it('expires an unpaid transaction once its 900 seconds are over', async () => {
    const uid = await open('acme');
    sim.app.get(ApmStore).find(uid)!.expiresAtMs = Date.now() - 1;
    expect(await lookup(uid)).toMatchObject({ status: 'EXPIRED', expireAt: 0 });
    expect((await post(`/${uid}/payments`, { processor: 'zigi', data: {} })).body.ownCode).toBe(4020);
  });

  describe('dismiss, row by row of the documented table', () => {
    it('CREATED and USED → DISMISSED, 200 plain-text OK', async () => {
      const created = await open('acme');
      const used = await open('acme');
      await post(`/${used}/payment-intents`, { processor: 'fri' });
      for (const uid of [created, used]) {
        const response = await fetch(`${sim.url}${BASE}/${uid}/dismiss`, { method: 'POST', headers: headers.merchant });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
        expect(await response.text()).toBe('OK');
        expect((await lookup(uid)).status).toBe('DISMISSED');
      }
    });

    it('IN_PROGRESS with a dedicated cancel hook (nequi) → CANCELLED, 200 JSON', async () => {
      const uid = await inProgress('globex', 'nequi', { phoneNumber: '3001234567' });
      const { status, body } = await post(`/${uid}/dismiss`, { reason: 'user_cancelled' });
      expect(status).toBe(200);
      expect(body).toEqual({ message: expect.any(String), transaction: { uid, status: 'CANCELLED' } });
      expect((await lookup(uid)).status).toBe('CANCELLED');
    });

    it('IN_PROGRESS with a generic upstream cancel (zigi, fri) → DISMISSED, 200 OK', async () => {
      for (const [processor, data] of [['zigi', {}], ['fri', { user: 'maria' }]] as const) {
        const uid = await inProgress('acme', processor, data);
        expect(await post(`/${uid}/dismiss`)).toMatchObject({ status: 200, body: 'OK' });
        expect((await lookup(uid)).status).toBe('DISMISSED');
      }
    });

    it('IN_PROGRESS without a cancel hook (quickPayQR, akisiQR) → 405 / 4021, still IN_PROGRESS', async () => {
      for (const processor of ['quickPayQR', 'akisiQR']) {
        const uid = await inProgress('acme', processor);
        const { status, body } = await post(`/${uid}/dismiss`);
        expect([status, body.ownCode]).toEqual([405, 4021]);
        expect((await lookup(uid)).status).toBe('IN_PROGRESS');
      }
    });

    it('APPROVED, DENIED, EXPIRED, DISMISSED → 409 / 4020', async () => {
      const ended = await Promise.all(['APPROVED', 'DENIED', 'EXPIRED'].map(async (outcome) => {
        const uid = await inProgress('acme', 'zigi');
        expect((await force(uid, outcome)).body.transaction.status).toBe(outcome);
        return uid;
      }));
      const dismissed = await open('acme');
      await post(`/${dismissed}/dismiss`);
      for (const uid of [...ended, dismissed]) {
        const { status, body } = await post(`/${uid}/dismiss`);
        expect([status, body.ownCode]).toEqual([409, 4020]);
      }
    });

    it('unknown transaction → 404 / 2000; blank transactionId → 400 / 5000', async () => {
      expect(await post('/trx_ffffffffffff/dismiss')).toMatchObject({ status: 404, body: { success: false, ownCode: 2000 } });
      expect(await post('/%20/dismiss')).toMatchObject({ status: 400, body: { success: false, ownCode: 5000 } });
    });
  });
});
