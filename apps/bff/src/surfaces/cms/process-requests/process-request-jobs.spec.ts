import { randomUUID } from 'node:crypto';
import { operatorHeaders } from '../../../../../migo-simulator/src/cms/testing/cms-test-kit.js';
import { TestAppName, useBffStack } from '#test-support';

const CREATE = 'POST /cms/rest/app/partners/:partnerId/process-request';
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

/** Creating a process request answers 201 as before, plus the job that follows it to a second operator's decision. */
describe('process request decision jobs (simulator + BFF + worker in-process, real Redis)', () => {
  const stack = useBffStack('process-request-jobs', { workerEnv: {} });
  // No simulator reset between tests: it would hand out the same request ids again (a job is per app and upstream id).
  afterEach(() => stack.sim.call('DELETE', '/__sim/faults'));

  const otp = async () => {
    expect((await stack.bff.call('POST', '/v1/cms/users/auth/otp', { body: { email: 'ops@acme.test', purpose: 'process-request' } })).status).toBe(200);
    return (await stack.sim.call('GET', '/__sim/otp/ops@acme.test')).body.otp as string;
  };
  const form = (fields: Record<string, string>) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    body.append('evidence', new Blob([PDF], { type: 'application/pdf' }), 'transfer.pdf');
    return body;
  };
  const create = async (partnerId = 'acme', as: TestAppName = 'all', key = randomUUID(), fields?: Record<string, string>) =>
    stack.bff.call('POST', `/v1/cms/partners/${partnerId}/process-request`, { raw: form(fields ?? { requestedAmount: '75.25', otp: await otp() }), headers: { 'idempotency-key': key }, as });
  /** The supervisor (another operator than the BFF's) decides at Migo, as the CMS console would. */
  const decide = async (requestId: number, status: 'approved' | 'rejected') =>
    stack.sim.call('PATCH', `/cms/rest/app/partners/acme/process-requests/${requestId}`, { body: { status }, headers: await operatorHeaders(stack.sim, 'supervisor') });
  async function finished(jobId: string) {
    for (let i = 0; i < 20; i++) {
      const job = await stack.bff.call('GET', `/v1/jobs/${jobId}?wait=5`);
      if (job.body.state !== 'queued' && job.body.state !== 'running') return job.body;
    }
    throw new Error('the job never finished');
  }

  it.each(['approved', 'rejected'] as const)('follows a request a second operator %s: that outcome in GET /v1/jobs/{id}', async (status) => {
    const created = await create();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(Number), clientId: 'acme', requestedAmount: 75.25, status: 'pending' });
    expect(created.body.job).toMatchObject({ type: 'cms.process-request', state: 'queued', outcome: null, partnerId: 'acme', upstream: { service: 'cms', id: String(created.body.id) } });
    // The BFF's own operator filed it: Migo refuses it as the approver.
    const self = await stack.bff.call('PATCH', `/v1/cms/partners/acme/process-requests/${created.body.id}`, { body: { status: 'approved' }, headers: { 'idempotency-key': randomUUID() } });
    expect(self.status).toBe(403);
    expect((await decide(created.body.id, status)).status).toBe(200);
    expect(await finished(created.body.job.id)).toMatchObject({ state: 'succeeded', outcome: status, result: { id: created.body.id, status, reviewedBy: 2 } });
  }, 20000);

  it("lets no app of another partner start, follow by id or read one of acme's", async () => {
    const before = await stack.upstreamCalls(CREATE);
    const foreign = await create('globex', 'acme', randomUUID(), { requestedAmount: '5', otp: '123456' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('content-type')).toMatch(/problem\+json/);
    expect(await stack.upstreamCalls(CREATE)).toBe(before);

    const own = await create();
    expect((await stack.bff.call('GET', `/v1/jobs/${own.body.job.id}`, { as: 'acme' })).status).toBe(404);
    const globexOnly = await stack.bff.call('POST', '/v1/jobs', { body: { type: 'cms.process-request', upstreamId: String(own.body.id), partnerId: 'globex' }, as: 'acme' });
    expect(globexOnly.status).toBe(403);
    // Named under acme, it is acme's app's own job now; under another partner, Migo lists no such request.
    expect((await stack.bff.call('POST', '/v1/jobs', { body: { type: 'cms.process-request', upstreamId: String(own.body.id), partnerId: 'acme' }, as: 'acme' })).status).toBe(202);
    expect((await stack.bff.call('POST', '/v1/jobs', { body: { type: 'cms.process-request', upstreamId: String(own.body.id), partnerId: 'globex' } })).status).toBe(404);
  });

  it('refuses bad input with 400 problem+json before any upstream call', async () => {
    const before = await stack.upstreamCalls(CREATE);
    for (const fields of [{ requestedAmount: '-3', otp: '123456' }, { requestedAmount: 'ten', otp: '123456' }]) {
      const response = await create('acme', 'all', randomUUID(), fields);
      expect([fields.requestedAmount, response.status, response.headers.get('content-type')]).toEqual([fields.requestedAmount, 400, expect.stringMatching(/problem\+json/)]);
    }
    for (const body of [{ type: 'cms.process-request', upstreamId: '2' }, { type: 'cms.process-request', upstreamId: 'x', partnerId: 'acme' }]) {
      expect((await stack.bff.call('POST', '/v1/jobs', { body })).status).toBe(400);
    }
    expect(await stack.upstreamCalls(CREATE)).toBe(before);
  });

  it('creates a concurrent duplicate (same Idempotency-Key) once: one request upstream, one job', async () => {
    const before = await stack.upstreamCalls(CREATE);
    const key = randomUUID();
    const fields = { requestedAmount: '12', otp: await otp() };
    const answers = await Promise.all([create('acme', 'all', key, fields), create('acme', 'all', key, fields)]);
    expect(answers.map((answer) => answer.status).every((status) => status === 201 || status === 409)).toBe(true);
    const replay = await create('acme', 'all', key, fields);
    expect(replay.status).toBe(201);
    expect(answers.filter((answer) => answer.status === 201).every((answer) => answer.body.job.id === replay.body.job.id)).toBe(true);
    expect(await stack.upstreamCalls(CREATE)).toBe(before + 1);
  });

  it('answers a problem when Migo fails the create and starts no job', async () => {
    const jobs = async () => (await stack.bff.call('GET', '/v1/jobs?type=cms.process-request&limit=100')).body.items.length as number;
    const before = await jobs();
    const fields = { requestedAmount: '9', otp: await otp() };
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'cms', method: 'POST', path: '/app/partners/acme/process-request', status: 500, times: 1 } });
    const failed = await create('acme', 'all', randomUUID(), fields);
    expect(failed.status).toBe(503);
    expect(failed.headers.get('content-type')).toMatch(/problem\+json/);
    expect(await jobs()).toBe(before);
  });
});
