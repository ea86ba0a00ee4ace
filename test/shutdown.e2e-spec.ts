import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { eventually, freePort, freshConnection, generateDemoSecrets, spawnBff, spawnSimulator, spawnWorker, StackProcess, TEST_APPS, TEST_REDIS_URL, testRedis, TestRedis } from '#test-support';
import { eventOf, toJobDto } from '#jobs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');


/** Keeps an SSE response's raw text, to see exactly how the server ended it. */
async function openRawStream(url: string, headers: Record<string, string>, ready = /event: snapshot/) {
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers } });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const stream = { text: '', closed: undefined as unknown as Promise<void> };
  stream.closed = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      stream.text += decoder.decode(value, { stream: true });
    }
  })();
  await eventually(async () => (ready.test(stream.text) ? true : undefined));
  return stream;
}

/** The `job` events of one job in a raw SSE text, with their ids. */
function jobEvents(text: string, jobId: string): Array<{ id: string; job: any }> {
  return [...text.matchAll(/^id: (\S+)\nevent: job\ndata: (.*)$/gm)].map((m) => ({ id: m[1], job: JSON.parse(m[2]) })).filter((e) => e.job.id === jobId);
}

/**
 * SIGTERM to the BFF and the worker, from the build, while requests, a long-poll, an SSE stream, the CLI and a tracked
 * upload are in flight: nothing is cut, nothing is lost, and the job finishes once new processes are up.
 */
describe('graceful shutdown (e2e)', () => {
  const secrets = generateDemoSecrets();
  const auth = { authorization: `Bearer ${TEST_APPS.all.key}` };
  let redis: TestRedis;
  let sim: { process: StackProcess; url: string };
  const started: StackProcess[] = [];

  beforeAll(async () => {
    redis = testRedis('e2e-shutdown');
    // Statements stay pending: a long-poll on one waits for a change that does not come.
    sim = await spawnSimulator(secrets, { SIM_UPLOAD_ROWS_PER_SECOND: '6', SIM_STATEMENT_READY_MS: '600000' });
    started.push(sim.process);
  });
  afterAll(async () => {
    await Promise.all(started.map((p) => p.stop()));
    await redis.cleanup();
  }, 60000);

  const options = () => ({ secrets, redisPrefix: redis.prefix });
  const simCall = (method: string, path: string, body?: unknown) =>
    fetch(`${sim.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }).then((r) => r.json() as Promise<any>);
  const rows = (count: number, firstCard: number) =>
    Array.from({ length: count }, (_, i) => ({
      name: `Corte${i}`,
      lastName: 'Ordenado',
      address: 'Zona 15',
      countryOfBirth: 'GT',
      dateOfBirth: '1987-06-05',
      maritalStatus: 'soltero',
      gender: 'F',
      phoneNumber: `5025580${1000 + i}`,
      email: `shutdown.${i}@example.gt`,
      documentType: 'DPI',
      documentNumber: `${5000000000000 + i}`,
      cardId: firstCard + i,
    }));
  const job = async (bffUrl: string, id: string) => (await (await fetch(`${bffUrl}/v1/jobs/${id}`, { headers: auth })).json()) as any;

  it('finishes every in-flight request, ends SSE streams with retry:, and loses no job across a restart', async () => {
    const port = await freePort();
    const bffUrl = `http://127.0.0.1:${port}`;
    const bff = await spawnBff(sim.url, options(), { BFF_PORT: String(port) });
    const worker = await spawnWorker(sim.url, options());
    started.push(bff.process, worker);

    // A tracked upload (24 rows at 6 rows/s), followed by the CLI.
    const upload = await fetch(`${bffUrl}/v1/cms/partners/acme/cardholders/upload`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(rows(24, 5111)) });
    expect(upload.status).toBe(202);
    const jobId = ((await upload.json()) as { job: { id: string } }).job.id;
    const cli = spawn(process.execPath, [join(ROOT, 'scripts/cli.mjs'), 'watch', jobId], { env: { ...process.env, NODE_OPTIONS: '', BFF_URL: bffUrl, BFF_API_KEY: TEST_APPS.all.key } });
    let cliOutput = '';
    cli.stdout.on('data', (chunk) => (cliOutput += chunk));
    cli.stderr.on('data', (chunk) => (cliOutput += chunk));
    const cliExit = once(cli, 'exit');
    await eventually(async () => ((await job(bffUrl, jobId)).progress.processed >= 3 ? true : undefined), 20000);
    const statement = await fetch(`${bffUrl}/v1/wallet/cards/5003/statements`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ month: 3, year: 2026 }) });
    const statementId = ((await statement.json()) as { job: { id: string } }).job.id;
    const pending = await eventually(async () => {
      const current = await job(bffUrl, statementId);
      return current.state === 'running' ? current : undefined;
    });

    // Requests in flight when SIGTERM arrives: six slow reads, a slow money-moving write, a long-poll, an SSE stream.
    await simCall('POST', '/__sim/faults', { surface: 'wallet', method: 'GET', path: '/cards/*', latencyMs: 1500, times: 6 });
    await simCall('POST', '/__sim/faults', { surface: 'wallet', method: 'POST', path: '/cards/transfer', latencyMs: 1500, times: 1 });
    const readsBefore = (await simCall('GET', '/__sim/stats')).requests['GET /rest/cards/:cardId'] ?? 0;
    const reads = Array.from({ length: 6 }, () => fetch(`${bffUrl}/v1/wallet/cards/5001`, { headers: auth }).then(async (r) => ({ status: r.status, body: (await r.json()) as any })));
    const transfer = fetch(`${bffUrl}/v1/wallet/cards/transfer`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': `shutdown-${redis.prefix}` },
      body: JSON.stringify({ fromCardId: 5001, toCardId: 5002, amount: 10 }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    let longPollAnswered = false;
    const longPoll = fetch(`${bffUrl}/v1/jobs/${statementId}?wait=30&since=${encodeURIComponent(pending.updatedAt)}`, { headers: auth }).then(async (r) => {
      longPollAnswered = true;
      return { status: r.status, body: (await r.json()) as any, at: Date.now() };
    });
    const sse = await openRawStream(`${bffUrl}/v1/events`, auth);
    await eventually(async () => (jobEvents(sse.text, jobId).length > 0 ? true : undefined));
    await eventually(async () => ((await simCall('GET', '/__sim/stats')).requests['GET /rest/cards/:cardId'] - readsBefore >= 6 ? true : undefined));

    expect(longPollAnswered).toBe(false);
    const sigtermAt = Date.now();
    const bffStopped = bff.process.stop(30000);
    const workerStopped = worker.stop(30000);
    await eventually(async () => (bff.process.lines.some((line) => line.includes('draining')) ? true : undefined), 5000);
    expect(await freshConnection(`${bffUrl}/health/live`)).toBe('ECONNREFUSED');

    const [bffCode, workerCode] = await Promise.all([bffStopped, workerStopped]);
    expect([bffCode, workerCode]).toEqual([0, 0]);
    for (const read of await Promise.all(reads)) expect(read).toMatchObject({ status: 200, body: { cardId: 5001 } });
    expect(await transfer).toMatchObject({ status: 201, body: { fromCardId: 5001, toCardId: 5002, amount: 10 } });
    const polled = await longPoll;
    expect(polled).toMatchObject({ status: 200, body: { id: statementId, state: 'running' } });
    expect(polled.at - sigtermAt).toBeLessThan(1000); // answered when draining began, not after its 30 s wait
    await sse.closed;
    expect(sse.text).toMatch(/\nretry: \d+\n\n$/);
    expect(bff.process.lines.join('\n')).toContain('every in-flight request finished');
    expect(bff.process.lines.join('\n')).not.toContain('grace period over');
    const seenBeforeStop = jobEvents(sse.text, jobId);
    expect(seenBeforeStop.at(-1)!.job.progress.processed).toBeLessThan(24); // the upload was mid-way

    // New processes on the same port: the job resumes, the CLI reconnects and sees it through.
    const [bff2, worker2] = await Promise.all([spawnBff(sim.url, options(), { BFF_PORT: String(port) }), spawnWorker(sim.url, options())]);
    started.push(bff2.process, worker2);
    const done = await eventually(async () => {
      const current = await job(bffUrl, jobId);
      return current.state === 'succeeded' ? current : undefined;
    }, 30000);
    expect(done.progress).toMatchObject({ processed: 24, total: 24, succeeded: 24, failed: 0 });
    const [cliCode] = (await cliExit) as [number];
    expect(cliOutput).toContain('reconnecting');
    expect(cliOutput).toContain(`Job ${jobId} succeeded.`);
    expect(cliCode).toBe(0);

    // The SSE client comes back with its Last-Event-ID and gets exactly what it missed, up to the job's end.
    const resumed = await openRawStream(`${bffUrl}/v1/jobs/${jobId}/events`, { ...auth, 'last-event-id': seenBeforeStop.at(-1)!.id }, /event: end/);
    await resumed.closed;
    const missed = jobEvents(resumed.text, jobId);
    expect(missed[0].job.progress.processed).toBeGreaterThan(seenBeforeStop.at(-1)!.job.progress.processed);
    expect(missed.at(-1)!.job).toMatchObject({ state: 'succeeded', progress: { processed: 24 } });

    // Nothing lost or written twice: the job's history straight from Redis.
    const admin = new Redis(TEST_REDIS_URL);
    const entries = await admin.xrange(`${redis.prefix}:{app:all}:events`, '-', '+');
    await admin.quit();
    const history = entries.map(([eventId, fields]) => toJobDto(eventOf(eventId, fields).record)).filter((event) => event.id === jobId);
    const processed = history.map((event) => event.progress.processed ?? 0);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(history.filter((event) => event.state === 'succeeded')).toHaveLength(1);
    expect(new Set(history.map((event) => JSON.stringify([event.state, event.progress]))).size).toBe(history.length);
  }, 90000);
});
