import type { ChargeRow, TrackerJobData } from '../../index.js';
import { ChargeBatchTracker } from './charge-batch.tracker.js';
import { TrackerHarness, trackerHarness } from '../testing/tracker-harness.js';

const HISTORY = 'GET /mw/v1/subscriptions/payment-history';
const DETAIL = 'GET /mw/v1/subscriptions/detail/:subUid';

// Migo documents no `source` on payment-history entries: the tracker must reach the same outcomes without it.
describe.each([
  ['without', false],
  ['with', true],
])("ChargeBatchTracker (simulator %s the invented `source`, real job store on Redis)", (label, withSource) => {
  let h: TrackerHarness;
  let tracker: ChargeBatchTracker;
  let jwt: Record<string, string>;

  beforeAll(async () => {
    h = await trackerHarness(`charge-tracker-${label}`);
    tracker = new ChargeBatchTracker(h.middleware);
    jwt = { authorization: `Bearer ${h.sim.secrets.middlewareJwt}` };
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.sim.call('DELETE', '/__sim/faults');
    await h.sim.call('POST', '/__sim/reset');
    await h.sim.call('PATCH', '/__sim/config', { body: { chargeRowsPerSecond: 500, paymentHistorySource: withSource } });
    await h.requestsSince();
  });

  /** Rows as the BFF sends them: every requested charge, `row` = its index in `data`. */
  const DATA = [
    { subscriptionId: 'sub_01HAAA', amount: 10 }, // approved
    { subscriptionId: 'sub_01HBBB', amount: 20.99 }, // declined: insufficient_funds
    { subscriptionId: 'sub_01HCCC', amount: 5 }, // declined: subscription_inactive (cancelled)
    { subscriptionId: 'sub_nope', amount: 5 }, // rejected: unknown subscription
    { subscriptionId: 'sub_01HAAA', amount: 7.5 }, // approved
    { subscriptionId: 'sub_01HEEE', amount: 5 }, // rejected: globex's subscription in an acme batch
  ];
  const rowsOf = (data: typeof DATA): ChargeRow[] => data.map((row, index) => ({ row: index, ...row }));

  const chargeBatch = async (data = DATA) => {
    const { status, body } = await h.sim.call('POST', '/mw/v1/subscriptions/charges', { body: { client: 'acme', data }, headers: jwt });
    expect(status).toBe(202);
    return body.data.batchId as string;
  };
  /** Waits until Migo has charged `count` rows of these subscriptions since `since` (read on the simulator, not via the tracker). */
  const charged = async (subs: string[], since: number, count: number) => {
    for (let i = 0; i < 200; i++) {
      const histories = await Promise.all(subs.map((sub) => h.sim.call('GET', `/mw/v1/subscriptions/payment-history?subscriptionId=${sub}`, { headers: jwt })));
      const entries = histories.flatMap((r) => r.body.data).filter((e: { createdAt: string }) => Date.parse(e.createdAt) >= since);
      if (entries.length >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('Migo did not charge the rows in time');
  };
  const runToEnd = async (data: TrackerJobData) => {
    for (let i = 0; i < 100; i++) {
      const step = await h.step(tracker, data);
      if (step.outcome.done) return step.record;
      data = step.data;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the tracker never finished');
  };

  it('settles every row of an on-demand batch from the payment history, including rows Migo refused', async () => {
    const batchId = await chargeBatch();
    const record = await runToEnd(await h.startJob({ type: 'middleware.charge-batch', client: 'acme', batchId, rows: rowsOf(DATA) }, batchId));
    expect(record.state).toBe('succeeded');
    expect(record.outcome).toBe('partially-declined'); // some rows approved, some declined or refused
    expect(record.progress).toEqual({ percent: 100, processed: 6, total: 6, approved: 2, declined: 2 });
    expect(record.result).toEqual({
      client: 'acme',
      batchId,
      total: 6,
      approved: 2,
      declined: 2,
      rejected: 2,
      noOutcome: 0,
      rows: [
        { row: 0, subscriptionId: 'sub_01HAAA', amount: 10, status: 'approved', paymentId: expect.stringMatching(/^trx_/) },
        { row: 1, subscriptionId: 'sub_01HBBB', amount: 20.99, status: 'declined', paymentId: expect.stringMatching(/^trx_/), reason: 'insufficient_funds' },
        { row: 2, subscriptionId: 'sub_01HCCC', amount: 5, status: 'declined', paymentId: expect.stringMatching(/^trx_/), reason: 'subscription_inactive' },
        { row: 3, subscriptionId: 'sub_nope', amount: 5, status: 'rejected', reason: 'subscription_not_found' },
        { row: 4, subscriptionId: 'sub_01HAAA', amount: 7.5, status: 'approved', paymentId: expect.stringMatching(/^trx_/) },
        { row: 5, subscriptionId: 'sub_01HEEE', amount: 5, status: 'rejected', reason: 'subscription_of_another_client' },
      ],
    });
    const ids = (record.result as { rows: Array<{ paymentId?: string }> }).rows.map((r) => r.paymentId).filter(Boolean);
    expect(new Set(ids).size).toBe(4);
  });

  it('settles the rows of a batch the reconciler found by its reference, without a batch id, from when it was sent', async () => {
    const submittedAt = new Date().toISOString();
    const batchId = await chargeBatch(DATA.slice(0, 3));
    await charged(['sub_01HAAA', 'sub_01HBBB', 'sub_01HCCC'], Date.parse(submittedAt), 3);
    const record = await runToEnd(await h.startJob({ type: 'middleware.charge-batch', client: 'acme', batchId: null, rows: rowsOf(DATA.slice(0, 3)), submittedAt }, `ref-${batchId}`));
    expect(record).toMatchObject({ state: 'succeeded', outcome: 'partially-declined' });
    expect((record.result as { rows: Array<{ status: string }> }).rows.map((r) => r.status)).toEqual(['approved', 'declined', 'declined']);
  });

  it('reads each open subscription once per step and stops reading those whose rows are settled; at the deadline the unseen rows are no-outcome', async () => {
    await h.sim.call('PATCH', '/__sim/config', { body: { chargeRowsPerSecond: 1 } }); // the first row is charged after 1 s
    const since = Date.now();
    const batchId = await chargeBatch();
    // Row 6 is never charged by Migo (it is not in the batch): it stands for a row whose outcome never shows up.
    const rows = [...rowsOf(DATA), { row: 6, subscriptionId: 'sub_01HDDD', amount: 3 }];
    await h.requestsSince();
    const first = await h.step(tracker, await h.startJob({ type: 'middleware.charge-batch', client: 'acme', batchId, rows }, batchId));
    // Before Migo charged anything: six subscriptions checked once; the two refused ones need no history.
    expect(await h.requestsSince()).toEqual({ [DETAIL]: 6, [HISTORY]: 4 });
    expect(first.outcome).toMatchObject({ done: false, changed: true });
    expect(first.record).toMatchObject({ state: 'running', progress: { percent: 28, processed: 2, total: 7, approved: 0, declined: 0 } });

    await h.sim.call('PATCH', '/__sim/config', { body: { chargeRowsPerSecond: 500 } });
    await charged(['sub_01HAAA', 'sub_01HBBB', 'sub_01HCCC'], since, 4);
    await h.requestsSince();
    const second = await h.step(tracker, first.data);
    expect(await h.requestsSince()).toEqual({ [HISTORY]: 4 }); // AAA, BBB, CCC and DDD, no detail again
    expect(second.record.progress).toEqual({ percent: 85, processed: 6, total: 7, approved: 2, declined: 2 });

    const third = await h.step(tracker, second.data);
    expect(await h.requestsSince()).toEqual({ [HISTORY]: 1 }); // only DDD is still open
    expect(third.outcome).toEqual({ done: false, changed: false, memory: expect.any(Object) });
    expect(third.record.updatedAt).toBe(second.record.updatedAt); // nothing new, nothing written

    const ended = await h.deadline(tracker, third.data);
    expect(ended.state).toBe('failed');
    expect(ended.outcome).toBeNull(); // a job that did not succeed has no outcome; its result still has every row
    expect(ended.error).toEqual({ code: 'deadline-exceeded', message: "1 of 7 charges had no outcome in Migo's payment history by the tracking deadline" });
    expect(ended.result).toMatchObject({ total: 7, approved: 2, declined: 2, rejected: 2, noOutcome: 1 });
    expect((ended.result as { rows: unknown[] }).rows[6]).toEqual({ row: 6, subscriptionId: 'sub_01HDDD', amount: 3, status: 'no-outcome' });
    const events = (await h.store.eventsAfter(ended.app, '0-0')).events.filter((e) => e.record.id === ended.id).map((e) => `${e.record.state}:${e.record.progress.processed ?? 0}`);
    expect(events).toEqual(['queued:0', 'running:2', 'running:6', 'failed:6']);
  });

  it('follows a CSV upload by its trackingId and 1-based data rows', async () => {
    const csv = ['subscriptionId,amount', 'sub_01HDDD,12.5', 'sub_01HBBB,3.99', '', 'sub_nope,4', 'sub_01HCCC,8'].join('\n');
    const form = new FormData();
    form.append('clientId', 'acme');
    form.append('file', new Blob([csv]), 'charges.csv');
    const upload = await fetch(`${h.sim.url}/mw/v1/subscriptions/charges/upload-csv`, { method: 'POST', headers: jwt, body: form });
    const { trackingId } = (await upload.json()) as { trackingId: string };
    const rows: ChargeRow[] = [
      { row: 1, subscriptionId: 'sub_01HDDD', amount: 12.5 },
      { row: 2, subscriptionId: 'sub_01HBBB', amount: 3.99 },
      { row: 3, subscriptionId: 'sub_nope', amount: 4 },
      { row: 4, subscriptionId: 'sub_01HCCC', amount: 8 },
    ];
    const record = await runToEnd(await h.startJob({ type: 'middleware.csv-charges', client: 'acme', trackingId, rows }, trackingId));
    expect(record).toMatchObject({ state: 'succeeded', progress: { percent: 100, processed: 4, total: 4, approved: 1, declined: 2 } });
    expect(record.result).toMatchObject({
      client: 'acme',
      trackingId,
      rows: [
        { row: 1, status: 'approved' },
        { row: 2, status: 'declined', reason: 'insufficient_funds' },
        { row: 3, status: 'rejected', reason: 'subscription_not_found' },
        { row: 4, status: 'declined', reason: 'subscription_inactive' },
      ],
    });
  });

  it('keeps going when some subscriptions cannot be read, and leaves it to the runner when none can', async () => {
    const since = Date.now();
    const batchId = await chargeBatch(DATA.slice(0, 3));
    await charged(['sub_01HAAA', 'sub_01HBBB', 'sub_01HCCC'], since, 3);
    const start = await h.startJob({ type: 'middleware.charge-batch', client: 'acme', batchId, rows: rowsOf(DATA.slice(0, 3)) }, batchId);

    await h.sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'GET', path: '/v1/subscriptions/payment-history', status: 500 } });
    await expect(h.step(tracker, start)).rejects.toMatchObject({ name: 'UpstreamError', status: 500 });

    await h.sim.call('DELETE', '/__sim/faults');
    await h.sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'GET', path: '/v1/subscriptions/payment-history', status: 500, times: 1 } });
    const partial = await h.step(tracker, start);
    expect(partial.outcome).toMatchObject({ done: false, changed: true });
    expect(partial.record.progress).toMatchObject({ processed: 2, total: 3 });
    const done = await h.step(tracker, partial.data);
    expect(done.outcome).toEqual({ done: true });
    expect(done.record).toMatchObject({ state: 'succeeded', progress: { processed: 3, approved: 1, declined: 2 } });
  });
  it('settles rows of the same subscription and amount from distinct entries, oldest first, each entry once, across steps', async () => {
    await h.sim.call('PATCH', '/__sim/config', { body: { chargeRowsPerSecond: 1 } }); // Migo charges a row a second
    const since = Date.now();
    const data = [
      { subscriptionId: 'sub_01HAAA', amount: 10 },
      { subscriptionId: 'sub_01HAAA', amount: 10.99 }, // declined: insufficient_funds
      { subscriptionId: 'sub_01HAAA', amount: 10 },
    ];
    const batchId = await chargeBatch(data);
    let job = await h.startJob({ type: 'middleware.charge-batch', client: 'acme', batchId, rows: rowsOf(data) }, batchId);
    await charged(['sub_01HAAA'], since, 1);
    // Usually only row 0 is charged by now (one entry of 10, claimed by the lowest row, and remembered for the next
    // step); a loaded machine may have let Migo charge row 1 too. Either way the rows end with distinct entries.
    const first = await h.step(tracker, job);
    expect(first.record.progress.processed).toBeGreaterThanOrEqual(1);
    job = first.data;
    await h.sim.call('PATCH', '/__sim/config', { body: { chargeRowsPerSecond: 500 } });
    await charged(['sub_01HAAA'], since, 3);
    const record = await runToEnd(job);
    const rows = (record.result as { rows: Array<{ row: number; status: string; paymentId: string; reason?: string }> }).rows;
    expect(rows.map(({ row, status, reason }) => ({ row, status, reason }))).toEqual([
      { row: 0, status: 'approved', reason: undefined },
      { row: 1, status: 'declined', reason: 'insufficient_funds' },
      { row: 2, status: 'approved', reason: undefined },
    ]);
    const history = (await h.sim.call('GET', '/mw/v1/subscriptions/payment-history?subscriptionId=sub_01HAAA', { headers: jwt })).body.data as Array<{ uid: string; amount: number; createdAt: string }>;
    const time = new Map(history.map((e) => [e.uid, e.createdAt]));
    const amount = new Map(history.map((e) => [e.uid, e.amount]));
    expect(new Set(rows.map((r) => r.paymentId)).size).toBe(3); // no entry settles two rows
    expect(rows.map((r) => amount.get(r.paymentId))).toEqual([10, 10.99, 10]);
    expect(time.get(rows[0].paymentId)! <= time.get(rows[2].paymentId)!).toBe(true); // the first row took the first charge
  });

  it('never lets a renewal of the same amount settle two rows; with `source` the renewal settles none', async () => {
    await h.sim.call('PATCH', '/__sim/config', { body: { chargeRowsPerSecond: 1 } }); // the row is charged 1 s after the batch
    const since = Date.now();
    const data = [{ subscriptionId: 'sub_01HAAA', amount: 99 }]; // the plan's own amount, as a renewal charges it
    const batchId = await chargeBatch(data);
    const renewal = await h.sim.call('POST', '/__sim/middleware/subscriptions/sub_01HAAA/run-renewal', { body: { outcome: 'denied' } });
    expect(renewal.body.entry).toMatchObject({ amount: 99, status: 'denied', reason: 'card_declined' });
    await h.sim.call('PATCH', '/__sim/config', { body: { chargeRowsPerSecond: 500 } });
    await charged(['sub_01HAAA'], since, 2); // the renewal, then the row
    const record = await runToEnd(await h.startJob({ type: 'middleware.charge-batch', client: 'acme', batchId, rows: rowsOf(data) }, batchId));
    const [row] = (record.result as { rows: Array<{ status: string; paymentId: string; reason?: string }> }).rows;
    if (withSource) {
      expect(row).toMatchObject({ status: 'approved' }); // the renewal names no row of this batch
      expect(row.paymentId).not.toBe(renewal.body.entry.uid);
    } else {
      // Nothing tells the two charges apart: the row takes the older one, the renewal (documented limitation).
      expect(row).toMatchObject({ status: 'declined', reason: 'card_declined', paymentId: renewal.body.entry.uid });
    }
    expect(record.result).toMatchObject({ total: 1, approved: withSource ? 1 : 0, declined: withSource ? 0 : 1 });
    expect(record).toMatchObject({ state: 'succeeded', outcome: withSource ? 'all-approved' : 'all-declined' });
  });
});
