import { Redis } from 'ioredis';
import { cardholderRows, eventually, generateDemoSecrets, readEvents, spawnBff, spawnSimulator, spawnWorker, StackProcess, TEST_APPS, TEST_REDIS_URL, testRedis, TestRedis } from '#test-support';
import { eventOf, toJobDto } from '#jobs';

/** Real processes: simulator, BFF instances and workers from the build, against real Redis. */
describe('job tracking across processes (e2e)', () => {
  const secrets = generateDemoSecrets();
  const auth = { authorization: `Bearer ${TEST_APPS.all.key}` };
  let redis: TestRedis;
  let sim: { process: StackProcess; url: string };
  /** Two BFF instances on the file's prefix, shared by the tests (none of them stops or reconfigures a BFF). */
  let bffs: { process: StackProcess; url: string }[];
  const started: StackProcess[] = [];

  beforeAll(async () => {
    redis = testRedis('e2e-jobs');
    sim = await spawnSimulator(secrets, { SIM_UPLOAD_ROWS_PER_SECOND: '8' });
    started.push(sim.process);
    bffs = await Promise.all([spawnBff(sim.url, options()), spawnBff(sim.url, options())]);
    started.push(...bffs.map((bff) => bff.process));
  }, 60000);
  afterAll(async () => {
    await Promise.all(started.map((p) => p.stop()));
    await redis.cleanup();
  });

  const options = () => ({ secrets, redisPrefix: redis.prefix });
  const upload = async (bffUrl: string, count: number, firstCard: number) => {
    const response = await fetch(`${bffUrl}/v1/cms/partners/acme/cardholders/upload`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(cardholderRows(count, firstCard)) });
    expect(response.status).toBe(202);
    return ((await response.json()) as { job: { id: string } }).job.id;
  };
  const job = async (bffUrl: string, id: string) => (await (await fetch(`${bffUrl}/v1/jobs/${id}`, { headers: auth })).json()) as any;

  it('finishes a job whose worker is killed mid-way, on another worker, without writing any event twice', async () => {
    const [bff] = bffs;
    const fastRecovery = { WORKER_LOCK_DURATION_MS: '2000', WORKER_STALLED_INTERVAL_MS: '1500' };
    const first = await spawnWorker(sim.url, options(), fastRecovery);
    started.push(first);

    const id = await upload(bff.url, 30, 5101);
    await eventually(async () => ((await job(bff.url, id)).progress.processed >= 6 ? true : undefined), 20000);
    await first.crash();
    const processedAtCrash = (await job(bff.url, id)).progress.processed;
    expect(processedAtCrash).toBeLessThan(30);

    const second = await spawnWorker(sim.url, options(), fastRecovery);
    started.push(second);
    const done = await eventually(async () => {
      const current = await job(bff.url, id);
      return current.state === 'succeeded' ? current : undefined;
    }, 30000);
    expect(done.progress).toMatchObject({ processed: 30, total: 30, succeeded: 30, failed: 0 });

    // The whole history of this job, straight from Redis: every event is a distinct change, in order.
    const admin = new Redis(TEST_REDIS_URL);
    const entries = await admin.xrange(`${redis.prefix}:{app:all}:events`, '-', '+');
    await admin.quit();
    const mine = entries.map(([eventId, fields]) => toJobDto(eventOf(eventId, fields).record)).filter((event) => event.id === id);
    const changes = mine.map((event) => JSON.stringify([event.state, event.progress, event.error, event.result === null]));
    expect(new Set(changes).size).toBe(changes.length);
    const processed = mine.map((event) => event.progress.processed ?? 0);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(mine.filter((event) => event.state === 'succeeded')).toHaveLength(1);
  }, 60000);

  it('delivers the events of a job started through one BFF instance to a client of another', async () => {
    const [one, two] = bffs;
    started.push(await spawnWorker(sim.url, options()));
    let id = '';
    const { events } = await readEvents(`${two.url}/v1/events`, auth, {
      onOpen: () => void upload(one.url, 4, 5131).then((jobId) => (id = jobId)),
      until: (event) => event.event === 'job' && event.data.id === id && event.data.state === 'succeeded',
      timeoutMs: 30000,
    });
    const forJob = events.filter((event) => event.event === 'job' && event.data.id === id);
    expect(forJob[0].data.state).toBe('queued');
    expect(forJob.at(-1)!.data).toMatchObject({ state: 'succeeded', progress: { processed: 4 } });
  }, 60000);

  it("reports the worker's steps, Migo calls and sessions on its ops port, with no id or secret in any label", async () => {
    // A prefix of its own: the other tests' workers are still running and would take this job's steps.
    const own = { secrets, redisPrefix: `${redis.prefix}:ops` };
    const [bff, worker] = await Promise.all([spawnBff(sim.url, own), spawnWorker(sim.url, own)]);
    started.push(bff.process, worker);
    const [, opsUrl] = await worker.waitFor(/worker ops on (http:\/\/\S+)/);
    expect((await fetch(`${opsUrl}/health/live`)).status).toBe(200);
    expect((await fetch(`${opsUrl}/health/ready`)).status).toBe(200);

    const id = await upload(bff.url, 3, 5135);
    await eventually(async () => ((await job(bff.url, id)).state === 'succeeded' ? true : undefined), 30000);
    const metrics = await (await fetch(`${opsUrl}/metrics`)).text();
    const sample = (pattern: RegExp) => Number(metrics.match(pattern)?.[1] ?? NaN);
    expect(sample(/^worker_tracker_steps_total\{type="cms\.cardholder-upload",outcome="finished"\} (\d+)$/m)).toBeGreaterThanOrEqual(1);
    expect(sample(/^worker_tracker_step_duration_seconds_count\{type="cms\.cardholder-upload"\} (\d+)$/m)).toBeGreaterThanOrEqual(1);
    expect(sample(/^worker_upstream_request_duration_seconds_count\{service="cms",method="GET",route="[^"]*:batchId[^"]*",status="200"\} (\d+)$/m)).toBeGreaterThanOrEqual(1);
    // The BFF logged in to the CMS for the upload: the worker reuses those sessions from Redis rather than log in again.
    expect(sample(/^worker_migo_token_events_total\{credential="cms-operator",event="shared-hit"\} (\d+)$/m)).toBeGreaterThanOrEqual(1);
    expect(metrics).toMatch(/^process_cpu_seconds_total /m);
    expect(sample(/^worker_event_loop_delay_seconds_count (\d+)$/m)).toBeGreaterThanOrEqual(1);
    const labels = [...metrics.matchAll(/\{([^}]*)\}/g)].map(([, inside]) => inside).join('\n');
    expect(labels).not.toMatch(/job_[0-9a-f]{26}|bat_|@|Bearer|eyJ/);
  }, 60000);

  it('opens the queue dashboard to admins only, refusing others with problem+json and the request id (finding 7)', async () => {
    const [bff] = bffs;
    const anonymous = await fetch(`${bff.url}/admin/queues`, { headers: { 'x-request-id': 'admin-refusal-1' } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect(anonymous.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(anonymous.headers.get('x-request-id')).toBe('admin-refusal-1');
    expect(await anonymous.json()).toMatchObject({ type: 'https://migo-bff.internal/problems/unauthenticated', status: 401, requestId: 'admin-refusal-1', instance: '/admin/queues' });
    const reader = await fetch(`${bff.url}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${TEST_APPS.reader.key}` } });
    expect(reader.status).toBe(403);
    expect(reader.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const refused = (await reader.json()) as { type: string; requestId: string };
    expect(refused).toMatchObject({ type: 'https://migo-bff.internal/problems/forbidden', status: 403, requestId: expect.any(String) });
    expect(reader.headers.get('x-request-id')).toBe(refused.requestId);
    const admin = await fetch(`${bff.url}/admin/queues`, { headers: { authorization: `Basic ${Buffer.from(`ops:${TEST_APPS.all.key}`).toString('base64')}` } });
    expect(admin.status).toBe(200);
    expect(await admin.text()).toMatch(/<html/i);
  }, 30000);
});
