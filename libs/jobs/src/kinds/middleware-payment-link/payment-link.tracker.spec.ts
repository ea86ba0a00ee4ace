import { JobRecord } from '../../index.js';
import { PaymentLinkTracker } from './payment-link.tracker.js';
import { paymentLinkOutcome } from '../payment-outcomes.js';
import { TrackerHarness, trackerHarness } from '../testing/tracker-harness.js';

describe('PaymentLinkTracker (simulator, real job store on Redis)', () => {
  let h: TrackerHarness;
  let tracker: PaymentLinkTracker;

  beforeAll(async () => {
    h = await trackerHarness('payment-link-tracker');
    tracker = new PaymentLinkTracker(h.middleware);
  });
  afterAll(() => h.close());

  const createLink = async (amount: number) => {
    const { status, body } = await h.sim.call('POST', '/mw/transactions', { body: { amount, userId: '+50212345678', channel: 'web', client: 'acme', externalId: `ORD-${Date.now()}-${amount}` }, headers: { authorization: h.sim.secrets.middlewareMerchantToken } });
    expect(status).toBe(201);
    return body as { uid: string; reference: string };
  };
  const force = (uid: string, status: string) => h.sim.call('POST', `/__sim/middleware/transactions/${uid}/outcome`, { body: { status } });
  const eventsOf = async (record: JobRecord) => (await h.store.eventsAfter(record.app, '0-0')).events.filter((event) => event.record.id === record.id).map((event) => [event.record.state, event.record.progress.status]);

  it('polls an open link without announcing anything new, then succeeds with the payment once it is approved', async () => {
    const link = await createLink(125.5);
    const start = await h.startJob({ type: 'middleware.payment-link', uid: link.uid }, link.uid);

    const first = await h.step(tracker, start);
    expect(first.outcome).toEqual({ done: false, changed: true });
    expect(first.record).toMatchObject({ state: 'running', progress: { percent: 0, status: 'created' } });
    const second = await h.step(tracker, first.data);
    expect(second.outcome).toEqual({ done: false, changed: false });
    expect(second.record.updatedAt).toBe(first.record.updatedAt);

    expect((await force(link.uid, 'approved')).status).toBe(200);
    const third = await h.step(tracker, second.data);
    expect(third.outcome).toEqual({ done: true });
    expect(third.record).toMatchObject({
      state: 'succeeded',
      progress: { percent: 100, status: 'approved' },
      error: null,
      result: { uid: link.uid, outcome: 'approved', status: 'approved', amount: 125.5, currency: 'GTQ', reference: link.reference, externalId: expect.stringMatching(/^ORD-/), processor: expect.any(String), paidAt: expect.any(String) },
    });
    expect(await eventsOf(third.record)).toEqual([
      ['queued', undefined],
      ['running', 'created'],
      ['succeeded', 'approved'],
    ]);
  });

  it.each(['denied', 'expired'])('ends the tracking as succeeded when the payment is %s, with that outcome', async (status) => {
    const link = await createLink(10);
    await force(link.uid, status);
    const { outcome, record } = await h.step(tracker, await h.startJob({ type: 'middleware.payment-link', uid: link.uid }, link.uid));
    expect(outcome).toEqual({ done: true });
    expect(record).toMatchObject({ state: 'succeeded', error: null, result: { uid: link.uid, outcome: status, status, amount: 10, processor: null } });
    expect(record.result).not.toHaveProperty('paidAt');
  });

  it("reports why a payment was declined: a block entry of the link's client gives suspended_by_fraud_rule", async () => {
    const jwt = { authorization: `Bearer ${h.sim.secrets.middlewareJwt}` };
    const entry = await h.sim.call('POST', '/mw/v1/suspensions', { body: { client: 'acme', list: 'block', type: 'bin', value: '457173', reason: 'tracker spec' }, headers: jwt });
    const link = await createLink(10);
    expect((await h.sim.call('POST', `/__sim/middleware/transactions/${link.uid}/checkout`, { body: { bin: '45717300' } })).status).toBe(200);
    const { record } = await h.step(tracker, await h.startJob({ type: 'middleware.payment-link', uid: link.uid }, link.uid));
    expect(record).toMatchObject({ state: 'succeeded', result: { uid: link.uid, outcome: 'denied', status: 'denied', declineCode: 'suspended_by_fraud_rule' } });
    await h.sim.call('DELETE', `/mw/v1/suspensions/${entry.body.data.id}?client=acme`, { headers: jwt });

    const approved = await createLink(11);
    await force(approved.uid, 'approved');
    const { record: paid } = await h.step(tracker, await h.startJob({ type: 'middleware.payment-link', uid: approved.uid }, approved.uid));
    expect(paid.result).not.toHaveProperty('declineCode');
  });

  it("lets Migo's 404 for an unknown uid fail the step (the runner then fails the job as upstream-404)", async () => {
    const data = await h.startJob({ type: 'middleware.payment-link', uid: 'trx_000000000000' }, 'trx_000000000000');
    await expect(h.step(tracker, data)).rejects.toMatchObject({ name: 'UpstreamError', status: 404 });
  });

  it('treats every status it does not know as "still running"', () => {
    expect(['approved', 'denied', 'expired', 'reverted', 'refunded'].map(paymentLinkOutcome)).toEqual(['approved', 'denied', 'expired', 'approved', 'approved']);
    for (const status of ['created', 'used', 'authorized', 'APPROVED', 'toString', '', undefined as unknown as string]) expect(paymentLinkOutcome(status)).toBeUndefined();
  });
});
