import { HttpService } from '@nestjs/axios';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { runWithRequestContext } from '#common';
import { UpstreamAuth } from './upstream-auth.js';
import { upstreamAxios } from './transport/upstream-axios.js';
import { UpstreamSettings } from './upstream-config.js';
import { UpstreamError } from './upstream-error.js';
import { UpstreamHttp } from './upstream-http.service.js';
import { UpstreamCallRecord } from './upstream-observer.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A scripted HTTP upstream: each request takes the next handler (the last one repeats). */
async function scriptedUpstream(...handlers: Handler[]) {
  const seen: http.IncomingMessage[] = [];
  const aborted: boolean[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req);
    const index = seen.length - 1;
    res.on('close', () => (aborted[index] = !res.writableFinished));
    (handlers[Math.min(index, handlers.length - 1)] ?? handlers[0])(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, aborted, close: () => new Promise((r) => server.close(r)) };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

/** The process's connection pools, as MigoHttpModule builds them (closed after the suite). */
const dispatcher = new Agent({ connections: 8 });
afterAll(() => dispatcher.close());

function client(baseUrl: string, overrides: Partial<UpstreamSettings> = {}) {
  const records: UpstreamCallRecord[] = [];
  const settings: UpstreamSettings = { baseUrl, timeoutMs: 2000, readRetries: 2, retryBaseDelayMs: 5, retryAfterCapMs: 3000, breakerThreshold: 50, breakerHalfOpenAfterMs: 60000, ...overrides };
  const upstream = new UpstreamHttp(new HttpService(upstreamAxios(dispatcher)), { wallet: settings }, { record: (r) => records.push(r) });
  return { upstream, records };
}

describe('UpstreamHttp', () => {
  let server: Awaited<ReturnType<typeof scriptedUpstream>>;
  afterEach(() => server?.close());

  it('unwraps the envelope, expands the route and forwards the request id', async () => {
    server = await scriptedUpstream(json(200, { success: true, message: 'ok', data: { cardId: 5001 } }));
    const { upstream, records } = client(server.url);
    const result = await runWithRequestContext({ requestId: 'req-123' }, () =>
      upstream.request({ upstream: 'wallet', method: 'GET', route: '/cards/:cardId', params: { cardId: 'a b/5001' } }),
    );
    expect(result.data).toEqual({ cardId: 5001 });
    expect(server.seen[0].url).toBe('/cards/a%20b%2F5001');
    expect(server.seen[0].headers['x-request-id']).toBe('req-123');
    expect(records[0]).toMatchObject({ upstream: 'wallet', route: '/cards/:cardId', outcome: 200, attempt: 1 });
  });

  it('retries a read on 503 and succeeds', async () => {
    server = await scriptedUpstream(json(503, { message: 'Service Unavailable' }), json(200, { success: true, data: 1 }));
    const { upstream, records } = client(server.url);
    await expect(upstream.request({ upstream: 'wallet', method: 'GET', route: '/x' })).resolves.toMatchObject({ data: 1 });
    expect(server.seen).toHaveLength(2);
    expect(records.map((r) => [r.outcome, r.attempt])).toEqual([[503, 1], [200, 2]]);
  });

  it('never retries a write', async () => {
    server = await scriptedUpstream(json(503, { message: 'Service Unavailable' }), json(200, { success: true, data: 1 }));
    const { upstream } = client(server.url);
    await expect(upstream.request({ upstream: 'wallet', method: 'POST', route: '/cards/1/funds', body: { amount: 1 } })).rejects.toMatchObject({ kind: 'response', status: 503 });
    expect(server.seen).toHaveLength(1);
  });

  it('honours Retry-After on 429', async () => {
    server = await scriptedUpstream(json(429, { message: 'Too Many Requests' }, { 'retry-after': '1' }), json(200, { success: true, data: 'late' }));
    const { upstream } = client(server.url);
    const started = Date.now();
    await expect(upstream.request({ upstream: 'wallet', method: 'GET', route: '/x' })).resolves.toMatchObject({ data: 'late' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up at once when Retry-After exceeds the cap', async () => {
    server = await scriptedUpstream(json(429, { message: 'Too Many Requests' }, { 'retry-after': '60' }));
    const { upstream } = client(server.url);
    const error = await upstream.request({ upstream: 'wallet', method: 'GET', route: '/x' }).catch((e) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.retryAfterMs).toBe(60000);
    expect(server.seen).toHaveLength(1);
  });

  it('aborts the socket when the timeout passes', async () => {
    server = await scriptedUpstream((_req, res) => setTimeout(() => json(200, { success: true, data: 1 })(_req, res), 1000));
    const { upstream } = client(server.url, { timeoutMs: 100, readRetries: 0 });
    const started = Date.now();
    await expect(upstream.request({ upstream: 'wallet', method: 'GET', route: '/slow' })).rejects.toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(600);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.aborted[0]).toBe(true);
  });

  it('opens the breaker after consecutive upstream faults and stops calling', async () => {
    server = await scriptedUpstream(json(500, { success: false, message: 'boom', errors: [{ code: '7003', message: 'boom' }] }));
    const { upstream } = client(server.url, { breakerThreshold: 3, readRetries: 0 });
    for (let i = 0; i < 3; i++) await upstream.request({ upstream: 'wallet', method: 'GET', route: '/x' }).catch(() => undefined);
    expect(upstream.breakerState('wallet', 'reads')).toBe('open');
    await expect(upstream.request({ upstream: 'wallet', method: 'GET', route: '/x' })).rejects.toMatchObject({ kind: 'circuit-open' });
    expect(server.seen).toHaveLength(3);
  });

  it('keeps reads and writes on breakers of their own: failing reads never block a write', async () => {
    server = await scriptedUpstream((req, res) => (req.method === 'GET' ? json(503, { message: 'Service Unavailable' }) : json(201, { success: true, data: 'created' }))(req, res));
    const { upstream } = client(server.url, { breakerThreshold: 2, readRetries: 0 });
    for (let i = 0; i < 2; i++) await upstream.request({ upstream: 'wallet', method: 'GET', route: '/x' }).catch(() => undefined);
    expect(upstream.breakerStates('wallet')).toEqual({ reads: 'open', writes: 'closed' });
    await expect(upstream.request({ upstream: 'wallet', method: 'POST', route: '/cards/transfer', body: { amount: 1 } })).resolves.toMatchObject({ data: 'created' });
  });

  it('finding 3: a call the caller abandons is reported `cancelled`, never retried, and not counted by the breaker', async () => {
    server = await scriptedUpstream((_req, res) => setTimeout(() => json(200, { success: true, data: 1 })(_req, res), 400));
    const { upstream, records } = client(server.url, { breakerThreshold: 2, readRetries: 2 });
    for (let i = 0; i < 4; i++) {
      const error = await upstream.request({ upstream: 'wallet', method: 'GET', route: '/slow', signal: AbortSignal.timeout(50) }).catch((e) => e);
      expect(error).toMatchObject({ kind: 'cancelled', transient: false, upstreamFault: false });
    }
    await new Promise((r) => setTimeout(r, 300)); // a retry would have been made by now
    // One attempt per call (on a busy machine the signal may even fire before the request is written: fewer).
    expect(records.map((r) => [r.outcome, r.attempt])).toEqual(Array(4).fill(['cancelled', 1]));
    expect(server.seen.length).toBeLessThanOrEqual(4);
    expect(upstream.breakerStates('wallet')).toEqual({ reads: 'closed', writes: 'closed' });
    // An already-aborted signal sends nothing at all.
    const sent = server.seen.length;
    await expect(upstream.request({ upstream: 'wallet', method: 'GET', route: '/slow', signal: AbortSignal.abort() })).rejects.toMatchObject({ kind: 'cancelled' });
    expect(server.seen).toHaveLength(sent);
  });

  it('finding 3: a read abandoned while it waits to be retried is not retried', async () => {
    server = await scriptedUpstream(json(503, { message: 'Service Unavailable' }, { 'retry-after': '1' }), json(200, { success: true, data: 'late' }));
    const { upstream } = client(server.url, { readRetries: 2 });
    const controller = new AbortController();
    const pending = upstream.request({ upstream: 'wallet', method: 'GET', route: '/x', signal: controller.signal }).catch((e) => e);
    await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'cancelled' });
    await new Promise((r) => setTimeout(r, 1200));
    expect(server.seen).toHaveLength(1);
  });

  it('does not count client errors against the breaker', async () => {
    server = await scriptedUpstream(json(404, { success: false, message: 'nf', errors: [{ code: '7200', message: 'Card not found in the system.' }] }));
    const { upstream } = client(server.url, { breakerThreshold: 2 });
    for (let i = 0; i < 4; i++) await upstream.request({ upstream: 'wallet', method: 'GET', route: '/x' }).catch(() => undefined);
    expect(upstream.breakerState('wallet', 'reads')).toBe('closed');
    expect(server.seen).toHaveLength(4);
  });

  describe('401 handling', () => {
    function countingAuth(): UpstreamAuth & { issued: number; invalidated: string[] } {
      const auth = {
        issued: 0,
        invalidated: [] as string[],
        async headers() {
          auth.issued++;
          return { authorization: `Bearer t${auth.issued}` };
        },
        async onUnauthorized(sent: Record<string, string>) {
          auth.invalidated.push(sent.authorization);
          return true;
        },
      };
      return auth;
    }
    const expired = json(401, { success: false, message: 'Token expired.', errors: [{ code: '8001', message: 'Token expired.' }] });

    it('retries exactly once with a fresh token', async () => {
      server = await scriptedUpstream(expired, json(200, { success: true, data: 'ok' }));
      const { upstream } = client(server.url);
      const auth = countingAuth();
      await expect(upstream.request({ upstream: 'wallet', method: 'POST', route: '/cards/1/funds', auth })).resolves.toMatchObject({ data: 'ok' });
      expect(server.seen.map((r) => r.headers.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
      expect(auth.invalidated).toEqual(['Bearer t1']);
    });

    it('surfaces a persistent 401 as an auth error after at most three attempts, never a loop', async () => {
      server = await scriptedUpstream(expired);
      const { upstream } = client(server.url);
      const auth = countingAuth();
      const error = await upstream.request({ upstream: 'wallet', method: 'GET', route: '/x', auth }).catch((e) => e);
      expect(error).toMatchObject({ kind: 'unauthorized', status: 401, code: '8001' });
      expect(server.seen).toHaveLength(3);
    });

    it('stops as soon as the auth says another attempt is pointless, or offers the headers already refused', async () => {
      server = await scriptedUpstream(expired);
      const { upstream } = client(server.url);
      const static_ = { headers: async () => ({ authorization: 'static' }), onUnauthorized: async () => false };
      await expect(upstream.request({ upstream: 'wallet', method: 'GET', route: '/x', auth: static_ })).rejects.toMatchObject({ kind: 'unauthorized' });
      expect(server.seen).toHaveLength(1);
      const same = { headers: async () => ({ authorization: 'Bearer same' }), onUnauthorized: async () => true };
      await expect(upstream.request({ upstream: 'wallet', method: 'GET', route: '/x', auth: same })).rejects.toMatchObject({ kind: 'unauthorized' });
      expect(server.seen).toHaveLength(2);
    });
  });
});
