import { readFileSync } from 'node:fs';
import net from 'node:net';
import { apiKeysJson, generateDemoSecrets, readEvents, spawnBff, spawnSimulator, StackProcess, TEST_APPS, testRedis, TestRedis } from '#test-support';

/** Resident memory of a process, in MB (Linux). */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(/(\d+)/.exec(line)![1]) / 1024;
}

/** Samples a process's RSS every 50 ms while `work` runs; resolves to the work's result and the peak growth in MB. */
async function peakGrowth<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
  try {
    const result = await work();
    peak = Math.max(peak, rssMb(pid));
    return { result, growthMb: peak - before };
  } finally {
    clearInterval(sampler);
  }
}

/** A raw HTTP/1.1 exchange, for requests fetch will not send (malformed encoding, oversized headers). */
function rawRequest(url: string, request: string): Promise<{ status: number; headers: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port) }, () => socket.end(request));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, ...rest] = data.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), headers: head, body: rest.join('\r\n\r\n') });
    });
  });
}

const MULTI = { key: 'edge-key-multi-0009', scopes: ['jobs:read'], partners: ['*'] };

/**
 * The edge (issue 13): hostile-but-authorized input gets a 4xx problem+json with a request id, never a 5xx, never an
 * upstream call, and never grows the BFF by more than 64 MB; another app is served meanwhile.
 */
describe('the BFF edge under hostile input (e2e)', () => {
  const secrets = generateDemoSecrets();
  let redis: TestRedis;
  let sim: { process: StackProcess; url: string };
  let bff: { process: StackProcess; url: string };
  const started: StackProcess[] = [];
  const auth = (key: string = TEST_APPS.acme.key) => ({ authorization: `Bearer ${key}` });
  const stats = async () => ((await (await fetch(`${sim.url}/__sim/stats`)).json()) as { requests: Record<string, number> }).requests;
  const expectProblem = async (response: Response, status: number | number[]) => {
    expect([status].flat()).toContain(response.status);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const body = (await response.json()) as { requestId?: string; status: number };
    expect(body.requestId).toEqual(expect.any(String));
    expect(body.status).toBe(response.status);
    return body;
  };

  beforeAll(async () => {
    redis = testRedis('e2e-edge');
    sim = await spawnSimulator(secrets);
    started.push(sim.process);
    // A 300-connection burst keeps the BFF's event loop busy long enough, on a machine shared with the whole suite, for
    // a 1 s Redis command timeout to fire on answers that have arrived: the streams then end (and give their slots
    // back), which is not what this suite measures.
    bff = await spawnBff(sim.url, { secrets, redisPrefix: redis.prefix }, { BFF_API_KEYS: apiKeysJson({ ...TEST_APPS, multi: MULTI }), BFF_RATE_LIMIT: '0', REDIS_COMMAND_TIMEOUT_MS: '10000' });
    started.push(bff.process);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(started.map((process) => process.stop()));
    await redis.cleanup();
  }, 60_000);

  it('refuses JSON nested 5,000 levels deep (under 1 MB) on a money route with 400, before Migo', async () => {
    const before = (await stats())['POST /rest/cards/transfer'] ?? 0;
    const deep = `{"fromCardId":5001,"toCardId":5002,"amount":1,"observations":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(deep.length).toBeLessThan(1024 * 1024);
    const response = await fetch(`${bff.url}/v1/wallet/cards/transfer`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json', 'idempotency-key': 'edge-deep-1' }, body: deep });
    expect((await expectProblem(response, 400)) as { detail?: string }).toMatchObject({ detail: expect.stringMatching(/nests deeper than 32 levels/) });
    expect((await stats())['POST /rest/cards/transfer'] ?? 0).toBe(before);
  });

  it.each([
    ['a deep customKeys on funds', '/v1/wallet/cards/5001/funds', { amount: 1, operation: 'ADD_FUNDS', channel: 'WEB', reference: 'EDGE-1', customKeys: JSON.parse(`${'{"a":'.repeat(10)}1${'}'.repeat(10)}`) }, 'customKeys', 'POST /rest/cards/:cardId/funds'],
    ['a wide customKeys on an alternative payment', '/v1/middleware/api/v1/integrations/transactions', { amount: 5, channel: 'web', client: 'acme', userId: 'a@b.test', customKeys: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, i])) }, 'customKeys', 'POST /mw/api/v1/integrations/transactions'],
    ['a large metadata on a charge', '/v1/middleware/v1/subscriptions/charges', { client: 'acme', data: [{ subscriptionId: 'sub_01HAAA', amount: 1, metadata: 'x'.repeat(10_000) }] }, 'data.0.metadata', 'POST /mw/v1/subscriptions/charges'],
  ])('bounds free-form fields before they reach Migo: %s → 400', async (_what, path, body, field, upstream) => {
    const before = (await stats())[upstream] ?? 0;
    const response = await fetch(`${bff.url}${path}`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json', 'idempotency-key': `edge-${field}-${Math.random()}` }, body: JSON.stringify(body) });
    const problem = (await expectProblem(response, 400)) as { errors?: Array<{ field: string }> };
    expect(problem.errors?.map((error) => error.field)).toContain(field);
    expect((await stats())[upstream] ?? 0).toBe(before);
  });

  it('refuses 50 multipart text fields of 256 KB with a 4xx, growing the BFF by at most 64 MB', async () => {
    const form = new FormData();
    for (let i = 0; i < 50; i++) form.append(`field${i}`, 'x'.repeat(256 * 1024));
    form.append('evidence', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'evidence.pdf');
    const { result: response, growthMb } = await peakGrowth(bff.process.child.pid!, () => fetch(`${bff.url}/v1/cms/partners/acme/process-request`, { method: 'POST', headers: auth(), body: form }));
    await expectProblem(response, [400, 413]);
    expect(growthMb).toBeLessThanOrEqual(64);
    expect((await stats())['POST /cms/rest/app/partners/:partnerId/process-request'] ?? 0).toBe(0);
  });

  it('caps one app at its open event streams (429 + Retry-After beyond), while another app is served and memory stays bounded', async () => {
    const controller = new AbortController();
    // Every answer is held until the end: undici cancels the body of a Response that is garbage-collected unread,
    // which closes that stream and frees its slot for another (up to 172 of 300 were let in under load).
    const held: Response[] = [];
    const open = async () => {
      const response = await fetch(`${bff.url}/v1/events`, { headers: { ...auth(MULTI.key), accept: 'text/event-stream' }, signal: controller.signal });
      held.push(response);
      if (response.status !== 200) return { status: response.status, retryAfter: response.headers.get('retry-after'), type: response.headers.get('content-type') };
      return { status: 200, retryAfter: null, type: response.headers.get('content-type') };
    };
    const { result, growthMb } = await peakGrowth(bff.process.child.pid!, async () => {
      const answers = await Promise.all(Array.from({ length: 300 }, open));
      const other = await fetch(`${bff.url}/v1/jobs`, { headers: auth(TEST_APPS.reader.key) });
      return { answers, otherStatus: other.status };
    });
    controller.abort();
    held.length = 0;
    const byStatus = result.answers.reduce<Record<number, number>>((counts, answer) => ({ ...counts, [answer.status]: (counts[answer.status] ?? 0) + 1 }), {});
    expect(bff.process.lines.filter((line) => /could not start/.test(line))).toEqual([]);
    expect(byStatus).toEqual({ 200: 100, 429: 200 });
    expect(result.answers.filter((answer) => answer.status === 429).every((answer) => answer.retryAfter === '5' && /problem\+json/.test(answer.type ?? ''))).toBe(true);
    expect(result.otherStatus).toBe(200);
    expect(growthMb).toBeLessThanOrEqual(64);
    // Slots come back once the streams close.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = await readEvents(`${bff.url}/v1/events`, auth(MULTI.key), { timeoutMs: 500 });
    expect(again.status).toBe(200);
  });

  it('answers a malformed percent-encoding, a 10 KB path parameter and oversized headers as problem+json, never 5xx', async () => {
    const malformed = await rawRequest(bff.url, `GET /v1/wallet/cards/%E0%A4%A HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TEST_APPS.acme.key}\r\nConnection: close\r\n\r\n`);
    expect(malformed.status).toBe(400);
    expect(malformed.headers).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(malformed.body)).toMatchObject({ status: 400, requestId: expect.any(String) });

    const long = await fetch(`${bff.url}/v1/middleware/transactions/${'u'.repeat(10 * 1024)}`, { headers: auth() });
    await expectProblem(long, 414);

    const huge = await rawRequest(bff.url, `GET /v1/jobs HTTP/1.1\r\nHost: x\r\nX-Filler: ${'h'.repeat(20 * 1024)}\r\nConnection: close\r\n\r\n`);
    expect(huge.status).toBe(431);
    expect(huge.headers).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(huge.body)).toMatchObject({ status: 431, requestId: expect.any(String) });

    const unparsable = await fetch(`${bff.url}/v1/wallet/cards/transfer`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: '{"fromCardId": 5001,' });
    await expectProblem(unparsable, 400);
    expect((await fetch(`${bff.url}/health/live`)).status).toBe(200);
  });

  it('sends security headers fit for a JSON API, and no CORS headers unless origins are configured', async () => {
    const response = await fetch(`${bff.url}/v1/jobs`, { headers: { ...auth(), origin: 'https://evil.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows exactly the configured CORS origins', async () => {
    const cors = await spawnBff(sim.url, { secrets, redisPrefix: redis.prefix }, { BFF_CORS_ORIGINS: 'https://console.example.com', BFF_RATE_LIMIT: '0' });
    started.push(cors.process);
    const preflight = await fetch(`${cors.url}/v1/jobs`, { method: 'OPTIONS', headers: { origin: 'https://console.example.com', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://console.example.com');
    const allowed = await fetch(`${cors.url}/v1/jobs`, { headers: { ...auth(), origin: 'https://console.example.com' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://console.example.com');
    const other = await fetch(`${cors.url}/v1/jobs`, { headers: { ...auth(), origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('caps one app at its waiting long-polls with 429 + Retry-After', async () => {
    const created = await fetch(`${bff.url}/v1/wallet/cards/5001/statements`, { method: 'POST', headers: { ...auth(TEST_APPS.all.key), 'content-type': 'application/json' }, body: JSON.stringify({ month: 1, year: 2026 }) });
    const jobId = ((await created.json()) as { job: { id: string } }).job.id;
    const controller = new AbortController();
    const waiting = Array.from({ length: 100 }, () => fetch(`${bff.url}/v1/jobs/${jobId}?wait=20`, { headers: auth(TEST_APPS.all.key), signal: controller.signal }).catch(() => undefined));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const extra = await fetch(`${bff.url}/v1/jobs/${jobId}?wait=20`, { headers: auth(TEST_APPS.all.key) });
    await expectProblem(extra, 429);
    expect(extra.headers.get('retry-after')).toBe('5');
    controller.abort();
    await Promise.all(waiting);
  });
});
