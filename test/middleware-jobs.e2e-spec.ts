import { generateDemoSecrets, readEvents, ReceivedEvent, spawnBff, spawnSimulator, spawnWorker, StackProcess, TEST_APPS, TestAppName, testRedis, TestRedis } from '#test-support';

/** Real processes (simulator, BFF, worker from the build) and real Redis: Middleware work followed to its outcome. */
describe('Middleware job tracking across processes (e2e)', () => {
  const secrets = generateDemoSecrets();
  let redis: TestRedis;
  let sim: { process: StackProcess; url: string };
  let bff: { process: StackProcess; url: string };
  const started: StackProcess[] = [];

  beforeAll(async () => {
    redis = testRedis('e2e-mw-jobs');
    // Payments stay open until a test settles them through the control plane.
    sim = await spawnSimulator(secrets, { SIM_PAYMENT_LINK_SETTLE_MS: '600000', SIM_APM_SETTLE_MS: '600000', SIM_CHARGE_ROWS_PER_SECOND: '20' });
    started.push(sim.process);
    bff = await spawnBff(sim.url, options());
    started.push(bff.process);
    started.push(await spawnWorker(sim.url, options()));
  }, 60000);
  afterAll(async () => {
    await Promise.all(started.map((p) => p.stop()));
    await redis.cleanup();
  });

  function options() {
    return { secrets, redisPrefix: redis.prefix };
  }
  const authOf = (as: TestAppName = 'all') => ({ authorization: `Bearer ${TEST_APPS[as].key}` });

  async function call(base: string, method: string, path: string, init: { body?: unknown; form?: FormData; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers };
    const response = await fetch(`${base}${path}`, { method, headers, body: init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body)) });
    const text = await response.text();
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* plain text */
    }
    return { status: response.status, body, headers: response.headers };
  }
  const api = (method: string, path: string, init: { body?: unknown; form?: FormData; as?: TestAppName } = {}) => call(bff.url, method, path, { ...init, headers: authOf(init.as) });
  const settle = (uid: string, status: string) => call(sim.url, 'POST', `/__sim/middleware/transactions/${uid}/outcome`, { body: { status } });

  /** The job's SSE stream until `end`; `onEvent` may act on what it sees (e.g. settle the payment once it is followed). */
  async function followToEnd(jobId: string, onEvent: (event: ReceivedEvent) => void = () => undefined, as: TestAppName = 'all') {
    const { status, events } = await readEvents(`${bff.url}/v1/jobs/${jobId}/events`, authOf(as), {
      until: (event) => {
        onEvent(event);
        return event.event === 'end';
      },
      timeoutMs: 20000,
    });
    expect(status).toBe(200);
    expect(events[0].event).toBe('snapshot');
    expect(events.at(-1)!.event).toBe('end');
    const jobs = events.filter((e) => e.event === 'job' || e.event === 'snapshot').map((e) => e.data);
    const last = jobs.at(-1)!;
    // Every announced state is a real change: never the same (state, progress) twice in a row.
    const keys = jobs.map((job) => JSON.stringify([job.state, job.progress]));
    expect(keys.filter((key, i) => i > 0 && key === keys[i - 1])).toEqual([]);
    return { jobs, last };
  }

  /** Settles the payment once (the first time the stream shows the tracker saw `openStatus`). */
  const settleWhenSeen = (uid: string, openStatus: string, outcome: string) => {
    let settled = false;
    return (event: ReceivedEvent) => {
      if (!settled && event.data?.progress?.status === openStatus) {
        settled = true;
        void settle(uid, outcome);
      }
    };
  };

  it('follows a payment link to succeeded; its SSE stream ends on the terminal state', async () => {
    const created = await api('POST', '/v1/middleware/transactions', { body: { amount: 125.5, userId: '+50212345678', channel: 'web', client: 'acme', externalId: `E2E-${Date.now()}` } });
    expect(created.status).toBe(202);
    const { job, upstream } = created.body;
    expect(created.headers.get('location')).toBe(`/v1/jobs/${job.id}`);
    expect(job).toMatchObject({ type: 'middleware.payment-link', upstream: { service: 'middleware', id: upstream.uid }, partnerId: 'acme' });

    const { jobs, last } = await followToEnd(job.id, settleWhenSeen(upstream.uid, 'created', 'approved'));
    expect(jobs.map((j) => j.progress.status)).toContain('created');
    expect(last).toMatchObject({
      state: 'succeeded',
      progress: { percent: 100, status: 'approved' },
      result: { uid: upstream.uid, outcome: 'approved', status: 'approved', amount: 125.5, currency: 'GTQ', reference: upstream.reference, paidAt: expect.any(String) },
    });
    expect((await api('GET', `/v1/jobs/${job.id}`)).body).toMatchObject({ state: 'succeeded', finishedAt: expect.any(String) });
  }, 30000);

  it('follows an alternative payment through its rail to succeeded (a denied payment is an outcome, not a failure)', async () => {
    const created = await api('POST', '/v1/middleware/api/v1/integrations/transactions', { body: { amount: 80, channel: 'web', client: 'acme', userId: '+50212345678' } });
    expect(created.status).toBe(202);
    const { job, upstream } = created.body;
    expect(job.type).toBe('middleware.alternative-payment');
    const paid = await api('POST', `/v1/middleware/api/v1/integrations/transactions/${upstream.uid}/payments`, { body: { processor: 'zigi', data: {} } });
    expect(paid.status).toBe(200);

    const { jobs, last } = await followToEnd(job.id, settleWhenSeen(upstream.uid, 'IN_PROGRESS', 'DENIED'));
    expect(jobs.map((j) => j.progress.status)).toContain('IN_PROGRESS');
    expect(last).toMatchObject({ state: 'succeeded', error: null, progress: { status: 'DENIED' }, result: { uid: upstream.uid, outcome: 'denied', status: 'DENIED', amount: 80, currency: 'GTQ', processor: 'zigi' } });
  }, 30000);

  const DATA = [
    { subscriptionId: 'sub_01HAAA', amount: 10 },
    { subscriptionId: 'sub_01HBBB', amount: 20.99 },
    { subscriptionId: 'sub_nope', amount: 5 },
    { subscriptionId: 'sub_01HCCC', amount: 5 },
    { subscriptionId: 'sub_01HAAA', amount: 7.5 },
    { subscriptionId: 'sub_01HDDD', amount: 12 },
  ];

  const upstreamRequests = async () => (await call(sim.url, 'GET', '/__sim/stats')).body.requests as Record<string, number>;

  it('follows an on-demand charge batch of several subscriptions to per-row outcomes', async () => {
    await call(sim.url, 'PATCH', '/__sim/config', { body: { chargeRowsPerSecond: 5 } }); // Migo takes ~1 s: several polls
    const before = await upstreamRequests();
    const created = await api('POST', '/v1/middleware/v1/subscriptions/charges', { body: { client: 'acme', data: DATA } });
    expect(created.status).toBe(202);
    const { job, upstream } = created.body;
    expect(job).toMatchObject({ type: 'middleware.charge-batch', upstream: { id: upstream.batchId } });
    expect(upstream.totals).toEqual({ received: 6, accepted: 5, rejected: 1 });

    const { jobs, last } = await followToEnd(job.id);
    await call(sim.url, 'PATCH', '/__sim/config', { body: { chargeRowsPerSecond: 20 } });
    const processed = jobs.map((j) => j.progress.processed ?? 0);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(new Set(processed).size).toBeGreaterThan(2); // outcomes arrived over several polls
    // Each of the five subscriptions was checked once for the whole job: what a step found is carried to the next.
    const after = await upstreamRequests();
    const DETAIL = 'GET /mw/v1/subscriptions/detail/:subUid';
    expect((after[DETAIL] ?? 0) - (before[DETAIL] ?? 0)).toBe(5);
    expect(last).toMatchObject({ state: 'succeeded', progress: { percent: 100, processed: 6, total: 6, approved: 3, declined: 2 } });
    expect(last.result).toEqual({
      client: 'acme',
      batchId: upstream.batchId,
      total: 6,
      approved: 3,
      declined: 2,
      rejected: 1,
      noOutcome: 0,
      rows: [
        { row: 0, subscriptionId: 'sub_01HAAA', amount: 10, status: 'approved', paymentId: expect.stringMatching(/^trx_/) },
        { row: 1, subscriptionId: 'sub_01HBBB', amount: 20.99, status: 'declined', paymentId: expect.stringMatching(/^trx_/), reason: 'insufficient_funds' },
        { row: 2, subscriptionId: 'sub_nope', amount: 5, status: 'rejected', reason: 'subscription_not_found' },
        { row: 3, subscriptionId: 'sub_01HCCC', amount: 5, status: 'declined', paymentId: expect.stringMatching(/^trx_/), reason: 'subscription_inactive' },
        { row: 4, subscriptionId: 'sub_01HAAA', amount: 7.5, status: 'approved', paymentId: expect.stringMatching(/^trx_/) },
        { row: 5, subscriptionId: 'sub_01HDDD', amount: 12, status: 'approved', paymentId: expect.stringMatching(/^trx_/) },
      ],
    });
    // The outcomes are Migo's own payment-history entries.
    const history = await api('GET', '/v1/middleware/v1/subscriptions/payment-history?subscriptionId=sub_01HAAA');
    const byUid = new Map(history.body.map((entry: { uid: string; amount: number; status: string }) => [entry.uid, { amount: entry.amount, status: entry.status }]));
    expect([byUid.get(last.result.rows[0].paymentId), byUid.get(last.result.rows[4].paymentId)]).toEqual([
      { amount: 10, status: 'approved' },
      { amount: 7.5, status: 'approved' },
    ]);
  }, 30000);

  it('follows a CSV charge upload to per-row outcomes (rows named 1-based, blank lines skipped)', async () => {
    const csv = ['subscriptionId,amount,metadata', 'sub_01HDDD,12.5,"{""orderId"":""C-1""}"', '', 'sub_01HBBB,3.99,', 'sub_nope,4,', 'sub_01HAAB,8,note'].join('\r\n');
    const form = new FormData();
    form.append('clientId', 'acme');
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'charges.csv');
    const created = await api('POST', '/v1/middleware/v1/subscriptions/charges/upload-csv', { form });
    expect(created.status).toBe(202);
    const { job, upstream } = created.body;
    expect(job).toMatchObject({ type: 'middleware.csv-charges', upstream: { id: upstream.trackingId } });

    const { last } = await followToEnd(job.id);
    expect(last).toMatchObject({ state: 'succeeded', progress: { percent: 100, processed: 4, total: 4, approved: 2, declined: 1 } });
    expect(last.result).toMatchObject({
      client: 'acme',
      trackingId: upstream.trackingId,
      rejected: 1,
      rows: [
        { row: 1, subscriptionId: 'sub_01HDDD', amount: 12.5, status: 'approved' },
        { row: 2, subscriptionId: 'sub_01HBBB', amount: 3.99, status: 'declined', reason: 'insufficient_funds' },
        { row: 3, subscriptionId: 'sub_nope', amount: 4, status: 'rejected', reason: 'subscription_not_found' },
        { row: 4, subscriptionId: 'sub_01HAAB', amount: 8, status: 'approved' },
      ],
    });
  }, 30000);

  it('tracks a payment link started elsewhere (POST /v1/jobs): 202 for a known uid, 404 for an unknown one, 400 for charges', async () => {
    const merchant = { authorization: secrets.middlewareMerchantToken };
    const link = (await call(sim.url, 'POST', '/mw/transactions', { body: { amount: 33, userId: '+50299990000', channel: 'pos', client: 'acme' }, headers: merchant })).body;
    const tracked = await api('POST', '/v1/jobs', { body: { type: 'middleware.payment-link', upstreamId: link.uid }, as: 'reader' });
    expect(tracked.status).toBe(202);
    expect(tracked.headers.get('location')).toBe(`/v1/jobs/${tracked.body.job.id}`);
    expect(tracked.body.job).toMatchObject({ type: 'middleware.payment-link', partnerId: 'acme', upstream: { id: link.uid } });
    const again = await api('POST', '/v1/jobs', { body: { type: 'middleware.payment-link', upstreamId: link.uid }, as: 'reader' });
    expect(again.body.job.id).toBe(tracked.body.job.id);

    const unknown = await api('POST', '/v1/jobs', { body: { type: 'middleware.payment-link', upstreamId: 'trx_000000000000' } });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await api('POST', '/v1/jobs', { body: { type: 'middleware.alternative-payment', upstreamId: link.uid } })).status).toBe(404);

    const globex = (await call(sim.url, 'POST', '/mw/transactions', { body: { amount: 5, userId: 'u1', channel: 'web', client: 'globex' }, headers: merchant })).body;
    expect((await api('POST', '/v1/jobs', { body: { type: 'middleware.payment-link', upstreamId: globex.uid }, as: 'acme' })).status).toBe(403);

    for (const type of ['middleware.charge-batch', 'middleware.csv-charges']) {
      const refused = await api('POST', '/v1/jobs', { body: { type, upstreamId: 'bat_01HDDD' } });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain('cannot be tracked by id');
    }

    await settle(link.uid, 'expired');
    const { last } = await followToEnd(tracked.body.job.id, undefined, 'reader');
    expect(last).toMatchObject({ state: 'succeeded', result: { uid: link.uid, outcome: 'expired', status: 'expired', amount: 33 } });
  }, 30000);

  it('fails a charge job at the deadline with the rows seen so far and the rest as no-outcome', async () => {
    const shortDeadline = await spawnBff(sim.url, options(), { TRACKER_DEADLINE_SECONDS: '2' });
    started.push(shortDeadline.process);
    await call(sim.url, 'PATCH', '/__sim/config', { body: { chargeRowsPerSecond: 0.2 } }); // a row every 5 s: past the deadline
    try {
      const created = await call(shortDeadline.url, 'POST', '/v1/middleware/v1/subscriptions/charges', { body: { client: 'acme', data: [{ subscriptionId: 'sub_01HAAA', amount: 4 }, { subscriptionId: 'sub_nope', amount: 4 }] }, headers: { ...authOf(), 'content-type': 'application/json' } });
      expect(created.status).toBe(202);
      const { last } = await followToEnd(created.body.job.id);
      expect(last).toMatchObject({
        state: 'failed',
        error: { code: 'deadline-exceeded', message: "1 of 2 charges had no outcome in Migo's payment history by the tracking deadline" },
        progress: { processed: 1, total: 2 },
        result: {
          noOutcome: 1,
          rows: [
            { row: 0, subscriptionId: 'sub_01HAAA', amount: 4, status: 'no-outcome' },
            { row: 1, subscriptionId: 'sub_nope', amount: 4, status: 'rejected', reason: 'subscription_not_found' },
          ],
        },
      });
    } finally {
      await call(sim.url, 'PATCH', '/__sim/config', { body: { chargeRowsPerSecond: 20 } });
    }
  }, 30000);
});
