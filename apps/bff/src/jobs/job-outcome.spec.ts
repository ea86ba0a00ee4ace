import { readEvents, TEST_APPS, useBffStack } from '#test-support';

/**
 * A declined payment is a succeeded job (tracking did its work): `outcome` at the top level of the job and of its
 * events says how it ended, so an app that reads only `state` and `outcome` cannot take a decline for a payment.
 */
describe('job outcome at the top level (simulator + BFF + worker in-process, real Redis)', () => {
  // Payment links settle only when a test says so.
  const stack = useBffStack('job-outcome', { simulatorEnv: { SIM_PAYMENT_LINK_SETTLE_MS: '600000' }, workerEnv: {} });
  const auth = { authorization: `Bearer ${TEST_APPS.all.key}` };
  beforeEach(() => stack.resetSimulator());

  type Job = { id: string; state: string; outcome: string | null; updatedAt: string; result: { outcome?: string } | null };

  /** Long-polls until the job is over; every answer on the way. */
  async function longPollToEnd(jobId: string): Promise<Job[]> {
    const answers: Job[] = [];
    let since = (await stack.bff.call('GET', `/v1/jobs/${jobId}`)).body.updatedAt as string;
    for (let i = 0; i < 20; i++) {
      const answer = (await stack.bff.call<Job>('GET', `/v1/jobs/${jobId}?wait=10&since=${encodeURIComponent(since)}`)).body;
      answers.push(answer);
      if (answer.state !== 'queued' && answer.state !== 'running') return answers;
      since = answer.updatedAt;
    }
    throw new Error('the job never finished');
  }

  it.each(['denied', 'approved', 'expired'] as const)('a %s payment link: succeeded, with that outcome in GET, the SSE events and the long-poll answer', async (status) => {
    const link = await stack.bff.call('POST', '/v1/middleware/transactions', { body: { amount: 100, userId: 'buyer@example.gt', channel: 'web', client: 'acme' } });
    expect(link.status).toBe(202);
    const jobId = link.body.job.id as string;
    expect(link.body.job).toMatchObject({ state: 'queued', outcome: null });

    const sse = readEvents(`${stack.bff.url}/v1/jobs/${jobId}/events`, auth, { until: (event) => event.event === 'end', timeoutMs: 20000 });
    const polled = longPollToEnd(jobId);
    const settled = await stack.sim.call('POST', `/__sim/middleware/transactions/${link.body.upstream.uid}/outcome`, { body: { status } });
    expect(settled.status).toBe(200);

    const answers = await polled;
    expect(answers.at(-1)).toMatchObject({ state: 'succeeded', outcome: status, result: { outcome: status } });
    expect(answers.slice(0, -1).every((job) => job.outcome === null)).toBe(true);

    const events = (await sse).events.filter((event) => event.event === 'job' || event.event === 'snapshot').map((event) => event.data as Job);
    expect(events.at(-1)).toMatchObject({ id: jobId, state: 'succeeded', outcome: status });
    expect(events.filter((job) => job.state !== 'succeeded').every((job) => job.outcome === null)).toBe(true);

    expect((await stack.bff.call('GET', `/v1/jobs/${jobId}`)).body).toMatchObject({ state: 'succeeded', outcome: status, result: { outcome: status } });
  }, 30000);

  it('lists each kind’s outcome values in the OpenAPI schema of a job', async () => {
    const document = (await stack.bff.call('GET', '/docs-json')).body;
    const outcome = document.components.schemas.Job.properties.outcome;
    expect(document.components.schemas.Job.required).toContain('outcome');
    expect(outcome.anyOf[0].enum).toEqual(expect.arrayContaining(['approved', 'denied', 'expired', 'cancelled', 'all-approved', 'partially-declined', 'all-declined']));
    expect(outcome.description).toContain('middleware.payment-link: approved, denied, expired, cancelled');
  });
});
