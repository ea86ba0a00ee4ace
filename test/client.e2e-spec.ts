import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { CARDHOLDER_UPLOAD_COLUMNS, rowsToXlsx } from '#cms';
import { eventOf } from '#jobs';
import { generateDemoSecrets, spawnBff, spawnSimulator, spawnWorker, StackProcess, TEST_APPS, TEST_REDIS_URL, testRedis, TestRedis } from '#test-support';
import { createMigoBffClient, MigoBffProblem, multipart, OPERATIONS, type JobStreamEvent, type OperationId } from '../clients/typescript/src/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A fetch whose first event stream breaks once `cutAfter` events (data lines) came through, as a dropped connection would; it notes every request. */
function fetchCuttingFirstStream(cutAfter: number) {
  const requests: Request[] = [];
  let streams = 0;
  const fetchWithFault: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    const response = await fetch(request);
    if (!response.headers.get('content-type')?.startsWith('text/event-stream') || streams++ > 0) return response;
    // Pulled one read at a time (high-water mark 0), so nothing received is still queued, and lost, when it errors.
    const source = response.body!.getReader();
    const decoder = new TextDecoder();
    let seen = 0;
    const cut = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          if (seen >= cutAfter) {
            controller.error(new TypeError('connection reset (test fault)'));
            await source.cancel();
            return;
          }
          const { done, value } = await source.read();
          if (done) return controller.close();
          seen += decoder.decode(value, { stream: true }).match(/^data:/gm)?.length ?? 0;
          controller.enqueue(value);
        },
      },
      { highWaterMark: 0 },
    );
    return new Response(cut, { status: response.status, headers: response.headers });
  };
  return { fetch: fetchWithFault, requests };
}

/** Apps use nothing but the generated client: simulator, BFF and worker are real processes from the build. */
describe('the TypeScript client over the real stack (e2e)', () => {
  const secrets = generateDemoSecrets();
  let redis: TestRedis;
  let sim: { process: StackProcess; url: string };
  let bffUrl: string;
  const started: StackProcess[] = [];
  const cli = (args: string[], apiKey: string) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/cli.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', BFF_URL: bffUrl, BFF_API_KEY: apiKey } });
  const simStats = async () => ((await (await fetch(`${sim.url}/__sim/stats`)).json()) as { requests: Record<string, number> }).requests;

  beforeAll(async () => {
    redis = testRedis('e2e-client');
    sim = await spawnSimulator(secrets, { SIM_UPLOAD_ROWS_PER_SECOND: '8' });
    started.push(sim.process);
    const options = { secrets, redisPrefix: redis.prefix };
    const [bff, worker] = await Promise.all([spawnBff(sim.url, options), spawnWorker(sim.url, options)]);
    started.push(bff.process, worker);
    bffUrl = bff.url;
  });
  afterAll(async () => {
    await Promise.all(started.map((p) => p.stop()));
    await redis.cleanup();
  });

  it('sends a card transfer with an Idempotency-Key it generates; the same key replays, and Migo moves the money once', async () => {
    const bff = createMigoBffClient({ baseUrl: bffUrl, apiKey: TEST_APPS.acme.key });
    const before = (await simStats())['POST /rest/cards/transfer'] ?? 0;
    const body = { fromCardId: 5001, toCardId: 5002, amount: 12.5 };

    const first = await bff.POST('/v1/wallet/cards/transfer', { body });
    expect(first.idempotencyKey).toEqual(expect.any(String));
    expect(first.replayed).toBe(false);
    // By operationId too (looked up from the index: the ids are the document's, which may rename them).
    const transfer = Object.entries(OPERATIONS).find(([, route]) => route.method === 'post' && route.path === '/v1/wallet/cards/transfer')![0] as OperationId;
    const again = await bff.call(transfer, { body, params: { header: { 'Idempotency-Key': first.idempotencyKey! } } } as never);
    expect(again).toMatchObject({ idempotencyKey: first.idempotencyKey, replayed: true, status: first.status, data: first.data });
    expect((await simStats())['POST /rest/cards/transfer'] ?? 0).toBe(before + 1);

    // The same key with another body is refused, typed: the caller learns it reused a key.
    const reused = await bff.POST('/v1/wallet/cards/transfer', { body: { ...body, amount: 13 }, params: { header: { 'Idempotency-Key': first.idempotencyKey! } } }).catch((error: unknown) => error);
    expect(reused).toBeInstanceOf(MigoBffProblem);
    expect(reused).toMatchObject({ status: 422, type: 'https://migo-bff.internal/problems/idempotency-key-reused', requestId: expect.any(String) });
    expect((await simStats())['POST /rest/cards/transfer'] ?? 0).toBe(before + 1);
  });

  it('uploads an Excel workbook and follows the job to succeeded over SSE, resuming a dropped stream with Last-Event-ID', async () => {
    const transport = fetchCuttingFirstStream(3);
    const bff = createMigoBffClient({ baseUrl: bffUrl, apiKey: TEST_APPS.all.key, fetch: transport.fetch });
    const rows = Array.from({ length: 16 }, (_, i) => ({
      name: `Cliente${i}`,
      lastName: 'Tipado',
      address: 'Zona 9',
      countryOfBirth: 'GT',
      dateOfBirth: '1990-04-05',
      maritalStatus: 'soltero',
      gender: 'F',
      phoneNumber: `5025590${1000 + i}`,
      email: `client.${i}@example.gt`,
      documentType: 'DPI',
      documentNumber: `${6000000000000 + i}`,
      cardId: 5101 + i,
    }));
    const workbook = await rowsToXlsx(CARDHOLDER_UPLOAD_COLUMNS, rows);
    const accepted = await bff.POST('/v1/cms/partners/{partnerId}/cardholders/upload', {
      params: { path: { partnerId: 'acme' } },
      body: multipart({ users: { content: new Uint8Array(workbook), filename: 'cardholders.xlsx' } }),
    });
    expect(accepted.status).toBe(202);
    const jobId = accepted.data.job.id;

    const events: JobStreamEvent[] = [];
    const reconnects: Array<{ lastEventId: string | undefined; received: number }> = [];
    for await (const event of bff.watchJob(jobId, { onReconnect: ({ lastEventId }) => reconnects.push({ lastEventId, received: events.length }) })) events.push(event);

    // One forced drop, resumed from the last event received.
    const streamRequests = transport.requests.filter((request) => request.url.endsWith(`/v1/jobs/${jobId}/events`));
    expect(streamRequests).toHaveLength(2);
    expect(streamRequests[0]!.headers.get('last-event-id')).toBeNull();
    expect(reconnects).toHaveLength(1);
    const [{ lastEventId, received }] = reconnects as [{ lastEventId: string; received: number }];
    expect(received).toBeGreaterThanOrEqual(3);
    expect(received).toBeLessThan(events.length);
    expect(lastEventId).toBe(events[received - 1]!.id);
    expect(streamRequests[1]!.headers.get('last-event-id')).toBe(lastEventId);

    // No event missed or repeated: after the snapshot, exactly the job's history as Redis holds it, in order.
    expect(events[0]!.event).toBe('snapshot');
    expect(events.at(-1)!.event).toBe('end');
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    const admin = new Redis(TEST_REDIS_URL);
    const entries = await admin.xrange(`${redis.prefix}:{app:all}:events`, '-', '+');
    await admin.quit();
    const snapshotAt = events[0]!.id.split('.')[0]!;
    const history = entries.filter(([eventId, fields]) => eventOf(eventId, fields).record?.id === jobId).map(([eventId]) => eventId);
    const after = history.filter((eventId) => compareStreamIds(eventId, snapshotAt) > 0);
    expect(events.filter((event) => event.event === 'job').map((event) => event.id)).toEqual(after);

    const states = events.flatMap((event) => (event.event === 'job' || event.event === 'snapshot' ? [event.data] : []));
    expect(states.at(-1)).toMatchObject({ id: jobId, state: 'succeeded', progress: { processed: 16, total: 16, succeeded: 16, failed: 0 } });
    const processed = states.map((job) => job.progress.processed ?? 0);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));

    // The long-poll helper agrees, and so does the CLI, which goes through the same client.
    await expect(bff.waitForJob(jobId, { timeoutMs: 10_000 })).resolves.toMatchObject({ id: jobId, state: 'succeeded' });
    const listed = cli(['jobs', '--type', 'cms.cardholder-upload'], TEST_APPS.all.key);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${jobId}\\s+cms\\.cardholder-upload\\s+succeeded\\s+100%`, 'm'));
  });

  it('the CLI reports a refusal as the BFF worded it, exit code 2', () => {
    const missing = cli(['watch', 'job_doesnotexist'], TEST_APPS.all.key);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^404 .*: /m);
    const unknownKey = cli(['jobs'], 'not-a-key');
    expect(unknownKey).toMatchObject({ status: 2, stderr: expect.stringMatching(/^401 /) });
  });

  it('surfaces refusals as a typed MigoBffProblem: another partner (403) and an invalid body (400)', async () => {
    const acme = createMigoBffClient({ baseUrl: bffUrl, apiKey: TEST_APPS.acme.key });
    const forbidden = await acme.GET('/v1/cms/partners/{partnerId}/cardholders', { params: { path: { partnerId: 'globex' } } }).catch((error: unknown) => error);
    expect(forbidden).toBeInstanceOf(MigoBffProblem);
    expect(forbidden).toMatchObject({ status: 403, type: 'https://migo-bff.internal/problems/forbidden', title: expect.any(String), requestId: expect.any(String) });

    const invalid = await acme.POST('/v1/wallet/cards/transfer', { body: { fromCardId: 5001, toCardId: 5001, amount: -1 } }).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(MigoBffProblem);
    const problem = invalid as MigoBffProblem;
    expect(problem).toMatchObject({ status: 400, type: 'https://migo-bff.internal/problems/validation' });
    expect([...new Set(problem.errors.map((error) => error.field))].sort()).toEqual(['amount', 'toCardId']);

    const unknownKey = createMigoBffClient({ baseUrl: bffUrl, apiKey: 'not-a-key' });
    await expect(unknownKey.waitForJob('00000000-0000-0000-0000-000000000000')).rejects.toMatchObject({ name: 'MigoBffProblem', status: 401 });
  });
});

/** Orders Redis stream ids (`<ms>-<seq>`) numerically. */
function compareStreamIds(a: string, b: string): number {
  const [msA = 0, seqA = 0] = a.split('-').map(Number);
  const [msB = 0, seqB = 0] = b.split('-').map(Number);
  return msA - msB || seqA - seqB;
}
