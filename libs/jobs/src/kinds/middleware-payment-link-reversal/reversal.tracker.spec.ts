import { PaymentLinkReversalTracker } from './reversal.tracker.js';
import { reversalOutcome } from './reversal-outcome.js';
import { PaymentLinkReversalTarget, reversalUpstreamId } from './reversal.kind.js';
import { jobIdFor } from '../../job-id.js';
import { TrackerHarness, trackerHarness } from '../testing/tracker-harness.js';

describe('PaymentLinkReversalTracker (simulator, real job store on Redis)', () => {
  let h: TrackerHarness;
  let tracker: PaymentLinkReversalTracker;

  beforeAll(async () => {
    h = await trackerHarness('reversal-tracker');
    tracker = new PaymentLinkReversalTracker(h.middleware);
  });
  afterEach(() => h.sim.call('DELETE', '/__sim/faults'));
  afterAll(() => h.close());

  const jwt = () => ({ authorization: `Bearer ${h.sim.secrets.middlewareJwt}` });
  /** An approved link of acme, and the processor that charged it (the one a refund or revert must name). */
  const approvedLink = async (amount: number) => {
    const { body } = await h.sim.call('POST', '/mw/transactions', { body: { amount, userId: '+50212345678', channel: 'web', client: 'acme', externalId: `REV-${Date.now()}-${Math.random()}` }, headers: { authorization: h.sim.secrets.middlewareMerchantToken } });
    const approved = await h.sim.call('POST', `/__sim/middleware/transactions/${body.uid}/outcome`, { body: { status: 'approved' } });
    expect(approved.status).toBe(200);
    const link = await h.sim.call('GET', `/mw/transactions/${body.uid}`, { headers: { authorization: h.sim.secrets.middlewareMerchantToken } });
    return { uid: body.uid as string, processor: link.body.processor as string };
  };
  const reverse = (path: '/mw/refund' | '/mw/revert', body: object) => h.sim.call('POST', path, { body, headers: jwt() });
  const start = (target: PaymentLinkReversalTarget) => h.startJob(target, reversalUpstreamId(target));

  it('follows a partial refund until the link shows the refunded total, then a second refund to the full amount', async () => {
    const link = await approvedLink(100);
    const first: PaymentLinkReversalTarget = { type: 'middleware.payment-link-reversal', uid: link.uid, action: 'refund', refundedAmount: 30 };
    const pending = await h.step(tracker, await start(first));
    // Not applied yet (Migo may apply it after answering): the link is still `approved` with nothing refunded.
    expect(pending.outcome).toEqual({ done: false, changed: true });
    expect(pending.record).toMatchObject({ state: 'running', outcome: null, progress: { status: 'approved' } });

    expect((await reverse('/mw/refund', { transactionUid: link.uid, processor: link.processor, amount: 30 })).status).toBe(200);
    const applied = await h.step(tracker, pending.data);
    expect(applied.outcome).toEqual({ done: true });
    expect(applied.record).toMatchObject({ state: 'succeeded', outcome: 'refunded', result: { uid: link.uid, action: 'refund', outcome: 'refunded', status: 'refunded', amount: 100, refundedAmount: 30 } });

    const rest: PaymentLinkReversalTarget = { type: 'middleware.payment-link-reversal', uid: link.uid, action: 'refund', refundedAmount: 100 };
    const restJob = await start(rest);
    expect((await h.step(tracker, restJob)).outcome).toEqual({ done: false, changed: true });
    await reverse('/mw/refund', { transactionUid: link.uid, processor: link.processor });
    expect((await h.step(tracker, { ...restJob, steps: 1 })).record).toMatchObject({ state: 'succeeded', outcome: 'refunded', result: { refundedAmount: 100 } });
  });

  it('ends a revert as reverted once the link shows it', async () => {
    const link = await approvedLink(20);
    await reverse('/mw/revert', { transactionUid: link.uid, processor: link.processor });
    const { outcome, record } = await h.step(tracker, await start({ type: 'middleware.payment-link-reversal', uid: link.uid, action: 'revert' }));
    expect(outcome).toEqual({ done: true });
    expect(record).toMatchObject({ state: 'succeeded', outcome: 'reverted', error: null, result: { outcome: 'reverted', status: 'reverted', refundedAmount: 0 } });
  });

  it('ends as refused when the link shows the work can no longer apply: a refund on a reverted link, a revert on a refunded one', async () => {
    const reverted = await approvedLink(40);
    const refund = await start({ type: 'middleware.payment-link-reversal', uid: reverted.uid, action: 'refund', refundedAmount: 40 });
    await reverse('/mw/revert', { transactionUid: reverted.uid, processor: reverted.processor });
    expect((await h.step(tracker, refund)).record).toMatchObject({ state: 'succeeded', outcome: 'refused', result: { status: 'reverted', refundedAmount: 0 } });

    const refunded = await approvedLink(50);
    const revert = await start({ type: 'middleware.payment-link-reversal', uid: refunded.uid, action: 'revert' });
    await reverse('/mw/refund', { transactionUid: refunded.uid, processor: refunded.processor, amount: 5 });
    expect((await h.step(tracker, revert)).record).toMatchObject({ state: 'succeeded', outcome: 'refused', result: { status: 'refunded', refundedAmount: 5 } });
  });

  it('lets an upstream 5xx fail the step only (the runner retries it), leaving the job running; the next step ends it', async () => {
    const link = await approvedLink(60);
    await reverse('/mw/revert', { transactionUid: link.uid, processor: link.processor });
    const data = await start({ type: 'middleware.payment-link-reversal', uid: link.uid, action: 'revert' });
    await h.sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'GET', path: '/transactions/*', status: 500 } });
    await expect(h.step(tracker, data)).rejects.toMatchObject({ name: 'UpstreamError', status: 500 });
    const record = await h.store.get(data.app, jobIdFor(data.app, 'middleware.payment-link-reversal', `${link.uid}/revert`));
    expect(record).toMatchObject({ state: 'queued', outcome: null, error: null });
    await h.sim.call('DELETE', '/__sim/faults');
    expect((await h.step(tracker, data)).record).toMatchObject({ state: 'succeeded', outcome: 'reverted' });
  });

  it('treats every link state it does not know as "still running"', () => {
    const refund = { action: 'refund' as const, refundedAmount: 10 };
    for (const status of ['approved', 'created', 'used', 'authorized', 'REFUNDED', 'toString', '']) {
      expect(reversalOutcome(refund, { status, refundedAmount: 9.99 })).toBeUndefined();
      expect(reversalOutcome({ action: 'revert' }, { status, refundedAmount: 0 })).toBeUndefined();
    }
    expect(reversalOutcome(refund, { status: 'refunded', refundedAmount: 10 })).toBe('refunded');
    expect(reversalOutcome(refund, { status: 'approved', refundedAmount: 10.0000001 })).toBe('refunded');
  });
});
