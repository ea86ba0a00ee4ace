import { JOB_STORE, JobRecord, JobStore } from '#jobs';
import { ProblemError, ProblemType } from '#common';
import { isContractViolationLine, RunningBff, RunningSimulator, startBff, startSimulator, testRedis, TestRedis } from '#test-support';
import { BffMetrics } from '../metrics/bff-metrics.js';

const JOB_ID = 'job_0123456789abcdef0123456789';
/** Looks like a card number: it must never reach a report. */
const CARD_LIKE = '4111111111111111';

const storedJob = (overrides: Record<string, unknown> = {}): JobRecord => ({
  id: JOB_ID,
  app: 'all',
  type: 'wallet.statement',
  state: 'running',
  progress: { percent: 40, status: 'processing' },
  result: null,
  error: null,
  outcome: null,
  upstream: { service: 'wallet', id: 'st_1' },
  createdAt: '2026-12-06T10:00:00.000Z',
  updatedAt: '2026-12-06T10:00:01.000Z',
  finishedAt: null,
  ...overrides,
}) as JobRecord;

describe('contract check (BFF_CONTRACT_CHECK=report)', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;
  let bff: RunningBff;
  let served: () => JobRecord | undefined;

  beforeAll(async () => {
    sim = await startSimulator();
    redis = testRedis('contract');
    bff = await startBff(sim, redis);
    // The job the store answers with: what a corrupted record, or a BFF that drifted from its document, would serve.
    const store = bff.app.get<JobStore>(JOB_STORE);
    store.get = async (_app, id) => (id === JOB_ID ? served() : undefined);
  });
  afterEach(() => bff.takeContractViolations());
  afterAll(async () => {
    await bff.close();
    await sim.close();
    await redis.cleanup();
  });

  it('reports nothing for answers that match the document, problem+json included', async () => {
    served = () => storedJob();
    const job = await bff.call('GET', `/v1/jobs/${JOB_ID}`);
    const missing = await bff.call('GET', '/v1/jobs/job_ffffffffffffffffffffffffff');
    const unknownRoute = await bff.call('GET', '/v1/nowhere');
    const list = await bff.call('GET', '/v1/watches');
    expect([job.status, missing.status, unknownRoute.status, list.status]).toEqual([200, 404, 404, 200]);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(bff.takeContractViolations()).toEqual([]);
  });

  it('reports exactly the field that differs (path and rule, never the value) and leaves the answer as it was', async () => {
    served = () => storedJob({ state: CARD_LIKE });
    const answer = await bff.call('GET', `/v1/jobs/${JOB_ID}`);
    expect([answer.status, answer.body.state]).toEqual([200, CARD_LIKE]);

    const violations = bff.takeContractViolations();
    expect(violations).toEqual([{ method: 'GET', route: '/v1/jobs/:id', status: 200, keyword: 'enum', instancePath: '/state', message: expect.any(String) }]);
    // The line a spawned BFF's harness looks for (test/support/processes.ts) is the one the check writes.
    const reported = bff.logLines.filter(isContractViolationLine);
    expect(reported.map((line) => JSON.parse(line))).toEqual([expect.objectContaining({ level: 'warn', msg: 'contract violation', route: '/v1/jobs/:id', instancePath: '/state', keyword: 'enum' })]);
    expect(JSON.stringify([violations, bff.logLines])).not.toContain(CARD_LIKE);
    expect(await bff.app.get(BffMetrics).exposition()).toMatch(/bff_contract_violations_total\{method="GET",route="\/v1\/jobs\/:id",status="200"\} 1/);
  });

  it('reports a wrong field of a nested shape and a missing required one, each once however often it is served', async () => {
    served = () => storedJob({ progress: { percent: 140 }, upstream: { service: 'wallet' } });
    for (let i = 0; i < 3; i++) await bff.call('GET', `/v1/jobs/${JOB_ID}`);
    const violations = bff.takeContractViolations();
    expect(violations.map(({ instancePath, keyword }) => [instancePath, keyword]).sort()).toEqual([
      ['/progress/percent', 'maximum'],
      ['/upstream', 'required'],
    ]);
    expect(bff.logLines.filter(isContractViolationLine)).toHaveLength(3); // one above, two here
  });

  it('reports a status the operation does not document', async () => {
    served = () => {
      throw ProblemError.of(418, ProblemType.conflict, 'Teapot', 'Not a documented answer');
    };
    const answer = await bff.call('GET', `/v1/jobs/${JOB_ID}`);
    expect(answer.status).toBe(418);
    expect(bff.takeContractViolations()).toEqual([expect.objectContaining({ route: '/v1/jobs/:id', status: 418, keyword: 'undocumented-status' })]);
  });

  it('checks a problem+json answer against Problem', async () => {
    served = () => {
      // An upstream the Problem schema does not know (its `service` is a closed list).
      throw ProblemError.of(400, ProblemType.upstreamRejected, 'Refused', 'Migo refused it', { upstream: { service: 'pos' as 'wallet', status: 400, code: null, message: 'no' } });
    };
    const answer = await bff.call('DELETE', `/v1/jobs/${JOB_ID}`);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(bff.takeContractViolations()).toEqual([expect.objectContaining({ method: 'DELETE', route: '/v1/jobs/:id', status: 400, instancePath: '/upstream/service', keyword: 'enum' })]);
  });
});
