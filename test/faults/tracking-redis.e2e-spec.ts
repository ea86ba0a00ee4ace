import { compareEventIds, eventOf, parseEventId, toJobDto } from '#jobs';
import { eventually, FaultStack, SseFollower, StackProcess, TEST_APPS } from '#test-support';

/**
 * Tracking across faults, real processes from the build on a Redis of the suite's own: a worker killed mid-step, and
 * Redis stopped for 10 s, frozen for 10 s (SIGSTOP) and restarted while three kinds of work are followed — an Excel
 * upload whose progress stream Migo cuts, a statement and a payment link. Every job must reach the state Migo says
 * it ended in, and an SSE client that stays on through it all must receive every event once, in order.
 */
describe('tracking across worker and Redis faults (e2e)', () => {
  let stack: FaultStack;
  let bff: { process: StackProcess; url: string };
  const auth = { authorization: `Bearer ${TEST_APPS.all.key}` };
  // A crashed worker's steps are taken over within ~3 s.
  const workerEnv = { WORKER_LOCK_DURATION_MS: '2000', WORKER_STALLED_INTERVAL_MS: '1500', TRACKER_STREAM_SLICE_MS: '3000' };

  beforeAll(async () => {
    // Work that outlives the faults: ~8 s of upload, a statement ready and a payment settled during them.
    stack = await FaultStack.start({ SIM_UPLOAD_ROWS_PER_SECOND: '3', SIM_STATEMENT_READY_MS: '5000', SIM_PAYMENT_LINK_SETTLE_MS: '5000' });
    bff = await stack.bff();
  }, 60000);
  afterAll(() => stack.stop(), 60000);
  const followers: SseFollower[] = [];
  afterEach(() => Promise.all(followers.splice(0).map((follower) => follower.stop())));

  // The simulator's acme inventory is cards 5101-5140: each test resets it and takes 22 of them.
  const rows = (run: number) =>
    Array.from({ length: 24 }, (_, i) => ({
      name: `Falla${i}`,
      lastName: 'Prueba',
      address: 'Zona 10',
      countryOfBirth: 'GT',
      dateOfBirth: '1992-03-04',
      maritalStatus: 'soltero',
      gender: i % 2 ? 'F' : 'M',
      phoneNumber: `5025580${1000 + run * 100 + i}`,
      email: `falla.${run}.${i}@example.gt`,
      documentType: 'DPI',
      documentNumber: `${5000000000000 + run * 100 + i}`,
      // Two rows name cards that already belong to someone: Migo refuses them.
      cardId: i === 3 ? 5001 : i === 9 ? 5003 : 5110 + i,
    }));

  /** Starts the three kinds of work and returns their job ids. */
  async function startWork(run: number): Promise<{ upload: string; statement: string; link: string }> {
    await stack.simCall('POST', '/__sim/reset'); // a fresh card inventory (and every Migo session revoked)
    await stack.simCall('POST', '/__sim/faults', { surface: 'cms', method: 'GET', path: '/app/partners/*/cardholders/batch/*/progress', sseCutAfterFrames: 4, times: 2 });
    const upload = await stack.call(bff.url, 'POST', '/v1/cms/partners/acme/cardholders/upload', rows(run));
    const now = new Date();
    const statement = await stack.call(bff.url, 'POST', '/v1/wallet/cards/5002/statements', { month: now.getUTCMonth() + 1, year: now.getUTCFullYear() });
    // Cents .99: Migo denies this payment.
    const link = await stack.call(bff.url, 'POST', '/v1/middleware/transactions', { amount: 100.99, userId: 'buyer@example.gt', channel: 'web', client: 'acme' });
    for (const answer of [upload, statement, link]) expect(answer.status).toBe(202);
    return { upload: upload.body.job.id, statement: statement.body.job.id, link: link.body.job.id };
  }

  async function terminal(id: string): Promise<any> {
    return eventually(
      async () => {
        const answer = await stack.call(bff.url, 'GET', `/v1/jobs/${id}`).catch(() => undefined);
        return answer?.status === 200 && ['succeeded', 'failed', 'cancelled'].includes(answer.body.state) ? answer.body : undefined;
      },
      45000,
      250,
    );
  }

  async function expectTrueOutcomes(jobs: { upload: string; statement: string; link: string }): Promise<void> {
    const [upload, statement, link] = await Promise.all([terminal(jobs.upload), terminal(jobs.statement), terminal(jobs.link)]);
    expect(upload).toMatchObject({ state: 'succeeded', progress: { processed: 24, total: 24, succeeded: 22, failed: 2 } });
    expect(upload.result.rows.filter((row: { status: string }) => row.status === 'failed').map((row: { row: number }) => row.row)).toEqual([4, 10]);
    expect(statement).toMatchObject({ state: 'succeeded', result: { cardId: 5002, contentType: 'application/pdf' } });
    expect(link).toMatchObject({ state: 'succeeded', result: { outcome: 'denied', status: 'denied', amount: 100.99 } });
  }

  /**
   * The SSE client got, after its first snapshot, exactly the app's stream entries (each once, in order, none lost),
   * every id strictly after the one before, across however many reconnections.
   */
  async function expectEveryEventOnce(follower: SseFollower, jobs: string[]): Promise<void> {
    await follower.waitFor((events) => jobs.every((id) => events.some((e) => e.event === 'job' && e.data.id === id && ['succeeded', 'failed'].includes(e.data.state))), 45000);
    await follower.stop();
    const events = follower.events;
    for (let i = 1; i < events.length; i++) expect(compareEventIds(events[i - 1].id!, events[i].id!)).toBeLessThan(0);
    expect(events.filter((e) => e.event === 'resync')).toEqual([]);
    const snapshot = events.findIndex((e) => e.event === 'snapshot');
    expect(snapshot).toBe(0);
    const received = events.filter((e) => e.event === 'job');
    const redis = stack.connect();
    const entries = await redis.xrange(`${stack.prefix}:{app:all}:events`, `(${parseEventId(events[0].id)!.stream}`, received.at(-1)!.id!);
    await redis.quit();
    expect(received.map((e) => e.id)).toEqual(entries.map(([id]) => id));
    expect(received.map((e) => e.data)).toEqual(entries.map(([id, fields]) => toJobDto(eventOf(id, fields).record)));
    // And per job, progress only ever moves forward.
    for (const id of jobs) {
      const processed = received.filter((e) => e.data.id === id).map((e) => e.data.progress.processed ?? e.data.progress.percent);
      expect(processed).toEqual([...processed].sort((a, b) => a - b));
    }
  }

  async function sseClient(): Promise<SseFollower> {
    const follower = new SseFollower(`${bff.url}/v1/events`, auth);
    followers.push(follower);
    await follower.waitFor((events) => events.some((e) => e.event === 'snapshot'), 10000);
    return follower;
  }

  /** The fault is over for apps once the BFF is ready again (Redis answering): they are told 503 until then. */
  const recovered = () => eventually(async () => ((await fetch(`${bff.url}/health/ready`)).status === 200 ? true : undefined), 20000, 200);

  const invariants = () => {
    expect(stack.undocumentedAnswers()).toEqual([]);
    expect(stack.unhandledFailures()).toEqual([]);
    expect(stack.processes.filter((p) => !p.running && p.child.signalCode !== 'SIGKILL').map((p) => p.name)).toEqual([]);
  };

  it('a worker killed (SIGKILL) mid-step: another finishes every job', async () => {
    const first = await stack.worker(workerEnv);
    const follower = await sseClient();
    const jobs = await startWork(1);
    await eventually(async () => ((await stack.call(bff.url, 'GET', `/v1/jobs/${jobs.upload}`)).body.progress.processed >= 4 ? true : undefined), 20000);
    await first.crash();
    await stack.worker(workerEnv);
    await expectTrueOutcomes(jobs);
    await expectEveryEventOnce(follower, Object.values(jobs));
    invariants();
  }, 90000);

  it('Redis stopped for 10 s during tracking', async () => {
    const follower = await sseClient();
    const jobs = await startWork(2);
    await eventually(async () => ((await stack.call(bff.url, 'GET', `/v1/jobs/${jobs.upload}`)).body.progress.processed >= 2 ? true : undefined), 20000);
    await stack.redis.stop();
    // The SSE client loses its connection during the outage: it keeps coming back with its Last-Event-ID (the BFF
    // ends a stream it cannot start, with a retry hint) until Redis answers, then resumes where it was.
    follower.reconnect();
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    await stack.redis.restart();
    await recovered();
    await expectTrueOutcomes(jobs);
    await expectEveryEventOnce(follower, Object.values(jobs));
    expect(follower.connections).toBeGreaterThanOrEqual(2);
    invariants();
  }, 90000);

  it('Redis frozen (SIGSTOP) for 10 s during tracking', async () => {
    const follower = await sseClient();
    const jobs = await startWork(3);
    await eventually(async () => ((await stack.call(bff.url, 'GET', `/v1/jobs/${jobs.upload}`)).body.progress.processed >= 2 ? true : undefined), 20000);
    stack.redis.freeze();
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    stack.redis.thaw();
    await recovered();
    await expectTrueOutcomes(jobs);
    await expectEveryEventOnce(follower, Object.values(jobs));
    invariants();
  }, 90000);

  it('Redis restarted (crash, then back from its append-only file) during tracking', async () => {
    const follower = await sseClient();
    const jobs = await startWork(4);
    await eventually(async () => ((await stack.call(bff.url, 'GET', `/v1/jobs/${jobs.upload}`)).body.progress.processed >= 2 ? true : undefined), 20000);
    await stack.redis.crash();
    await stack.redis.restart();
    await recovered();
    await expectTrueOutcomes(jobs);
    await expectEveryEventOnce(follower, Object.values(jobs));
    invariants();
  }, 90000);
});
