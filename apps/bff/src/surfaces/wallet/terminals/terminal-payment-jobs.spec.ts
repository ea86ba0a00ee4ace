import { randomUUID } from 'node:crypto';
import { TestAppName, useBffStack } from '#test-support';

/** A terminal payment answers 202 with a job the worker follows until the terminal captured it (or it ended otherwise). */
describe('terminal payment jobs (simulator + BFF + worker in-process, real Redis)', () => {
  // Payments stay open until a test moves them (the terminal's capture is out of band).
  const stack = useBffStack('terminal-payment-jobs', { simulatorEnv: { SIM_PAYMENT_LINK_SETTLE_MS: '600000' }, workerEnv: {} });
  // No simulator reset between tests: it would hand out the same payment ids again (a job is per app and upstream id).
  afterEach(() => stack.sim.call('DELETE', '/__sim/faults'));

  const create = (body: unknown, key = randomUUID(), as: TestAppName = 'all') => stack.bff.call('POST', '/v1/wallet/terminal-payment', { body, headers: { 'idempotency-key': key }, as });
  const patch = (id: number, body: unknown) => stack.bff.call('PATCH', `/v1/wallet/terminal-payment/${id}`, { body, headers: { 'idempotency-key': randomUUID() } });
  const creates = () => stack.upstreamCalls('POST /rest/terminal-payment');
  const jobCount = async () => {
    const page = (await stack.bff.call('GET', '/v1/jobs?type=wallet.terminal-payment&limit=100')).body;
    return (page.items ?? page.data ?? page).length as number;
  };
  async function finished(jobId: string) {
    for (let i = 0; i < 20; i++) {
      const job = await stack.bff.call('GET', `/v1/jobs/${jobId}?wait=5`);
      if (job.body.state !== 'queued' && job.body.state !== 'running') return job.body;
    }
    throw new Error('the job never finished');
  }

  it.each([
    ['approved', 'approved'],
    ['denied', 'denied'],
    ['cancelled', 'cancelled'],
  ])('follows a payment the terminal moves to %s: outcome %s in GET /v1/jobs/{id}', async (status, outcome) => {
    const created = await create({ subtotal: 30, deviceId: 'device-abc123' });
    expect(created.status).toBe(202);
    expect(created.headers.get('location')).toBe(`/v1/jobs/${created.body.job.id}`);
    expect(created.body.job).toMatchObject({ type: 'wallet.terminal-payment', state: 'queued', outcome: null, upstream: { service: 'wallet', id: String(created.body.upstream.id) } });
    expect((await patch(created.body.upstream.id, { status, totalAmount: 30 })).status).toBe(200);
    expect(await finished(created.body.job.id)).toMatchObject({ state: 'succeeded', outcome, result: { id: created.body.upstream.id, status, outcome } });
  }, 20000);

  it('lets no app limited to some partners start, follow by id or read one (Migo names no partner for it)', async () => {
    const before = await creates();
    const refused = await create({ subtotal: 5, deviceId: 'device-abc123' }, randomUUID(), 'acme');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
    expect(await creates()).toBe(before);

    const own = await create({ subtotal: 5, deviceId: 'device-abc123' });
    const byId = await stack.bff.call('POST', '/v1/jobs', { body: { type: 'wallet.terminal-payment', upstreamId: String(own.body.upstream.id) }, as: 'acme' });
    expect(byId.status).toBe(403);
    expect(JSON.stringify(byId.body)).not.toContain('device-abc123');
    expect((await stack.bff.call('GET', `/v1/jobs/${own.body.job.id}`, { as: 'acme' })).status).toBe(404);
    // An app of every partner follows it by id: the same payment, its own job.
    const followed = await stack.bff.call('POST', '/v1/jobs', { body: { type: 'wallet.terminal-payment', upstreamId: String(own.body.upstream.id) }, as: 'reader' });
    expect([followed.status, followed.body.job ?? followed.body]).toEqual([202, expect.objectContaining({ type: 'wallet.terminal-payment', upstream: { service: 'wallet', id: String(own.body.upstream.id) } })]);
  });

  it('refuses bad input with 400 problem+json before any upstream call', async () => {
    const [createsBefore, readsBefore] = [await creates(), await stack.upstreamCalls('GET /rest/terminal-payment/:id')];
    for (const body of [{ subtotal: 5 }, { subtotal: -1, deviceId: 'device-abc123' }, { subtotal: 'x', terminalId: 1 }]) {
      const response = await create(body);
      expect([JSON.stringify(body), response.status, response.headers.get('content-type')]).toEqual([JSON.stringify(body), 400, expect.stringMatching(/problem\+json/)]);
    }
    expect((await stack.bff.call('POST', '/v1/jobs', { body: { type: 'wallet.terminal-payment', upstreamId: 'abc' } })).status).toBe(400);
    expect([await creates(), await stack.upstreamCalls('GET /rest/terminal-payment/:id')]).toEqual([createsBefore, readsBefore]);
  });

  it('creates a concurrent duplicate (same Idempotency-Key) once: one payment upstream, one job', async () => {
    const before = await creates();
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'POST', path: '/terminal-payment', latencyMs: 400, times: 1 } });
    const key = randomUUID();
    const body = { subtotal: 8, deviceId: 'device-abc123' };
    const answers = await Promise.all([create(body, key), new Promise((resolve) => setTimeout(resolve, 100)).then(() => create(body, key))]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([202, 409]);
    const replayed = await create(body, key);
    expect([replayed.status, replayed.body.job.id]).toEqual([202, answers.find((answer) => answer.status === 202)!.body.job.id]);
    expect(await creates()).toBe(before + 1);
  });

  it('answers a problem when Migo fails the create and starts no job', async () => {
    const jobsBefore = await jobCount();
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'POST', path: '/terminal-payment', status: 500, times: 1 } });
    const failed = await create({ subtotal: 9, deviceId: 'device-abc123' });
    expect(failed.status).toBe(503);
    expect(failed.headers.get('content-type')).toMatch(/problem\+json/);
    expect(failed.body).not.toHaveProperty('job');
    expect(await jobCount()).toBe(jobsBefore);
  });
});
