import { TerminalPaymentTracker } from './terminal-payment.tracker.js';
import { terminalPaymentOutcome } from './terminal-payment-outcome.js';
import { terminalPaymentKind } from './terminal-payment.kind.js';
import { jobIdFor } from '../../job-id.js';
import { TrackerHarness, trackerHarness } from '../testing/tracker-harness.js';

describe('TerminalPaymentTracker (simulator, real job store on Redis)', () => {
  let h: TrackerHarness;
  let tracker: TerminalPaymentTracker;

  beforeAll(async () => {
    h = await trackerHarness('terminal-payment-tracker');
    tracker = new TerminalPaymentTracker(h.wallet);
    // Payments stay open until a test moves them (the terminal's capture is out of band).
    await h.sim.call('PATCH', '/__sim/config', { body: { paymentLinkSettleMs: 600_000 } });
  });
  afterEach(() => h.sim.call('DELETE', '/__sim/faults'));
  afterAll(() => h.close());

  const create = (subtotal: number) => h.wallet.money.createTerminalPayment({ subtotal, deviceId: 'device-abc123' });
  const start = (id: number) => h.startJob({ type: 'wallet.terminal-payment', id }, String(id));

  it('polls an open payment without announcing anything new, then succeeds once the terminal captured it', async () => {
    const payment = await create(42.5);
    const first = await h.step(tracker, await start(payment.id));
    expect(first.outcome).toEqual({ done: false, changed: true });
    expect(first.record).toMatchObject({ state: 'running', outcome: null, progress: { percent: 0, status: 'created' } });
    const second = await h.step(tracker, first.data);
    expect(second.outcome).toEqual({ done: false, changed: false });

    await h.wallet.money.updateTerminalPayment(payment.id, { status: 'in_progress' });
    expect((await h.step(tracker, second.data)).outcome).toEqual({ done: false, changed: true });

    await h.wallet.money.updateTerminalPayment(payment.id, { status: 'approved', totalAmount: 42.5, externalId: `CAP-${payment.id}` });
    const captured = await h.step(tracker, second.data);
    expect(captured.outcome).toEqual({ done: true });
    expect(captured.record).toMatchObject({
      state: 'succeeded',
      outcome: 'approved',
      error: null,
      result: { id: payment.id, terminalId: 1, outcome: 'approved', status: 'approved', subtotal: '42.5', totalAmount: '42.5', externalId: `CAP-${payment.id}`, currency: 'GTQ' },
    });
    expect(captured.record.result).not.toHaveProperty('additionalData');
  });

  it.each([
    ['denied', 'denied'],
    ['cancelled', 'cancelled'],
    ['refunded', 'approved'],
  ])('ends as succeeded when the payment is %s, with outcome %s', async (status, outcome) => {
    const payment = await create(10);
    await h.wallet.money.updateTerminalPayment(payment.id, { status: status as 'denied' });
    const { record } = await h.step(tracker, await start(payment.id));
    expect(record).toMatchObject({ state: 'succeeded', outcome, result: { id: payment.id, status, outcome } });
  });

  it('lets an upstream 5xx fail the step only (the runner retries it), leaving the job open; the next step ends it', async () => {
    const payment = await create(11);
    await h.wallet.money.updateTerminalPayment(payment.id, { status: 'denied' });
    const data = await start(payment.id);
    await h.sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'GET', path: '/terminal-payment/*', status: 500 } });
    await expect(h.step(tracker, data)).rejects.toMatchObject({ name: 'UpstreamError', status: 500 });
    expect(await h.store.get(data.app, jobIdFor(data.app, 'wallet.terminal-payment', String(payment.id)))).toMatchObject({ state: 'queued', outcome: null });
    await h.sim.call('DELETE', '/__sim/faults');
    expect((await h.step(tracker, data)).record).toMatchObject({ state: 'succeeded', outcome: 'denied' });
  });

  it('treats every status it does not know as "still running"', () => {
    for (const status of ['created', 'in_progress', 'APPROVED', 'toString', '', 'captured']) expect(terminalPaymentOutcome(status)).toBeUndefined();
  });

  it('can be followed by id: a numeric id Migo knows; anything else is 400 before any call, an unknown id 404', async () => {
    const trackById = terminalPaymentKind.trackById as Exclude<typeof terminalPaymentKind.trackById, { refused: string }>;
    for (const bad of ['0', 'abc', '1/2', '99999999999999999']) expect(() => trackById.objectOf(bad, undefined)).toThrow('upstreamId of a terminal payment is its numeric id');
    const payment = await create(12);
    const clients = { wallet: h.wallet, middleware: h.middleware } as never;
    await expect(trackById.confirm(clients, trackById.objectOf(String(payment.id), undefined), String(payment.id), undefined)).resolves.toEqual({ target: { type: 'wallet.terminal-payment', id: payment.id } });
    await expect(trackById.confirm(clients, trackById.objectOf('987654', undefined), '987654', undefined)).rejects.toMatchObject({ status: 404 });
  });
});
