import { AlternativePaymentTracker } from './alternative-payment.tracker.js';
import { alternativePaymentOutcome } from '../payment-outcomes.js';
import { TrackerHarness, trackerHarness } from '../testing/tracker-harness.js';

describe('AlternativePaymentTracker (simulator, real job store on Redis)', () => {
  let h: TrackerHarness;
  let tracker: AlternativePaymentTracker;
  let merchant: Record<string, string>;

  beforeAll(async () => {
    h = await trackerHarness('apm-tracker');
    tracker = new AlternativePaymentTracker(h.middleware);
    merchant = { authorization: `Bearer ${h.sim.secrets.middlewareMerchantToken}` };
  });
  afterAll(() => h.close());

  const APM = '/mw/api/v1/integrations/transactions';
  const open = async (amount: number) => {
    const { status, body } = await h.sim.call('POST', APM, { body: { amount, channel: 'web', client: 'acme', userId: '+50212345678' }, headers: merchant });
    expect(status).toBe(201);
    return body.data.uid as string;
  };
  const start = (uid: string) => h.startJob({ type: 'middleware.alternative-payment', uid }, uid);

  it('announces each upstream status once (CREATED → USED → IN_PROGRESS) and succeeds with a DENIED outcome', async () => {
    const uid = await open(80);
    const statuses: Array<string | undefined> = [];
    let data = await start(uid);
    const advance = async () => {
      const step = await h.step(tracker, data);
      data = step.data;
      statuses.push(step.record.progress.status);
      return step;
    };
    expect((await advance()).outcome).toEqual({ done: false, changed: true });
    expect((await advance()).outcome).toEqual({ done: false, changed: false });
    await h.sim.call('POST', `${APM}/${uid}/payment-intents`, { body: { processor: 'zigi' }, headers: merchant });
    expect((await advance()).outcome).toEqual({ done: false, changed: true });
    expect((await h.sim.call('POST', `${APM}/${uid}/payments`, { body: { processor: 'zigi', data: {} }, headers: merchant })).status).toBe(200);
    expect((await advance()).outcome).toEqual({ done: false, changed: true });
    await h.sim.call('POST', `/__sim/middleware/transactions/${uid}/outcome`, { body: { status: 'DENIED' } });
    const last = await advance();
    expect(last.outcome).toEqual({ done: true });
    expect(statuses).toEqual(['CREATED', 'CREATED', 'USED', 'IN_PROGRESS', 'DENIED']);
    expect(last.record).toMatchObject({ state: 'succeeded', outcome: 'denied', error: null, progress: { percent: 100, status: 'DENIED' }, result: { uid, outcome: 'denied', status: 'DENIED', amount: 80, currency: 'GTQ', processor: 'zigi' } });
  });

  it('follows the rail to APPROVED on its own (settlement), and records an abandoned transaction as cancelled', async () => {
    await h.sim.call('PATCH', '/__sim/config', { body: { apmSettleMs: 50 } });
    const paid = await open(42);
    await h.sim.call('POST', `${APM}/${paid}/payments`, { body: { processor: 'pronet', data: {} }, headers: merchant });
    let data = await start(paid);
    let step = await h.step(tracker, data);
    for (let i = 0; i < 50 && !step.outcome.done; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      data = step.data;
      step = await h.step(tracker, data);
    }
    expect(step.record).toMatchObject({ state: 'succeeded', outcome: 'approved', result: { outcome: 'approved', status: 'APPROVED', processor: 'pronet' } });

    const abandoned = await open(15);
    expect((await h.sim.call('POST', `${APM}/${abandoned}/dismiss`, { body: {}, headers: merchant })).body).toBe('OK');
    const dismissed = await h.step(tracker, await start(abandoned));
    expect(dismissed.record).toMatchObject({ state: 'succeeded', outcome: 'cancelled', result: { outcome: 'cancelled', status: 'DISMISSED', processor: null } });
  });

  it('treats every status it does not know as "still running"', () => {
    expect(['APPROVED', 'DENIED', 'EXPIRED', 'DISMISSED', 'CANCELLED'].map(alternativePaymentOutcome)).toEqual(['approved', 'denied', 'expired', 'cancelled', 'cancelled']);
    for (const status of ['CREATED', 'USED', 'IN_PROGRESS', 'PENDING_APPROVAL', 'approved', 'constructor']) expect(alternativePaymentOutcome(status)).toBeUndefined();
  });
});
