import { HttpService } from '@nestjs/axios';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { runWithRequestContext } from '#common';
import type { UpstreamExchange } from './exchange-recorder.js';
import { upstreamAxios } from './transport/upstream-axios.js';
import { UpstreamSettings } from './upstream-config.js';
import { UpstreamHttp } from './upstream-http.service.js';

/** Answers 503 to the first request and 200 to the others; `/slow` never answers. */
async function upstreamServer() {
  let count = 0;
  const server = http.createServer((req, res) => {
    if (req.url?.endsWith('/slow')) return;
    count += 1;
    res.writeHead(count === 1 ? 503 : 200, { 'content-type': 'application/json', 'set-cookie': 'session=abc' });
    res.end(JSON.stringify(count === 1 ? { message: 'busy' } : { success: true, data: { refreshToken: 'r-123', maskedPan: '************1111' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/rest`, close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))) };
}

/** The process's connection pools, as MigoHttpModule builds them (closed after the suite). */
const dispatcher = new Agent({ connections: 8 });
afterAll(() => dispatcher.close());

describe('UpstreamHttp exchange recording', () => {
  let server: Awaited<ReturnType<typeof upstreamServer>>;
  beforeEach(async () => (server = await upstreamServer()));
  afterEach(() => server.close());

  function client(recorded: UpstreamExchange[], timeoutMs = 2000) {
    const settings: UpstreamSettings = { baseUrl: server.url, timeoutMs, readRetries: 2, retryBaseDelayMs: 5, retryAfterCapMs: 3000, breakerThreshold: 50, breakerHalfOpenAfterMs: 60000 };
    return new UpstreamHttp(new HttpService(upstreamAxios(dispatcher)), { wallet: settings }, { record: () => undefined }, { record: (exchange) => recorded.push(exchange) });
  }

  it('records each attempt of an identified app’s request, redacted', async () => {
    const recorded: UpstreamExchange[] = [];
    const upstream = client(recorded);
    await runWithRequestContext({ requestId: 'req-1', appName: 'acme' }, () =>
      upstream.request({ upstream: 'wallet', method: 'GET', route: '/cards/:cardId', params: { cardId: 5001 }, query: { pin: '1234' }, headers: { authorization: 'Bearer secret-token-1' } }),
    );
    expect(recorded.map((e) => [e.attempt, e.outcome])).toEqual([
      [1, 503],
      [2, 200],
    ]);
    expect(recorded[1]).toMatchObject({ requestId: 'req-1', app: 'acme', upstream: 'wallet', method: 'GET', url: '/rest/cards/5001?pin=%5BREDACTED%5D' });
    expect(recorded[1].requestHeaders).toMatchObject({ authorization: '[REDACTED]', 'x-request-id': 'req-1' });
    expect(recorded[1].responseHeaders).toMatchObject({ 'set-cookie': '[REDACTED]' });
    expect(recorded[1].responseBody?.content).toEqual({ success: true, data: { refreshToken: '[REDACTED]', maskedPan: '************1111' } });
    expect(JSON.stringify(recorded)).not.toMatch(/secret-token-1|r-123|session=abc/);
  });

  it('records a timeout without a response, and nothing outside an app’s request (worker, probes)', async () => {
    const recorded: UpstreamExchange[] = [];
    const upstream = client(recorded, 150);
    await expect(
      runWithRequestContext({ requestId: 'req-2', appName: 'acme' }, () => upstream.request({ upstream: 'wallet', method: 'POST', route: '/slow', body: { cvv: '123' } })),
    ).rejects.toMatchObject({ kind: 'timeout' });
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ outcome: 'timeout', responseHeaders: null, responseBody: null, requestBody: { content: { cvv: '[REDACTED]' } } });
    expect(recorded[0].durationMs).toBeGreaterThanOrEqual(140);

    await upstream.request({ upstream: 'wallet', method: 'GET', route: '/x' });
    await runWithRequestContext({ requestId: 'probe' }, () => upstream.request({ upstream: 'wallet', method: 'GET', route: '/x' }));
    expect(recorded).toHaveLength(1);
  });

  it('finding 3: records a call its caller abandoned as cancelled, not timeout, once', async () => {
    const recorded: UpstreamExchange[] = [];
    const upstream = client(recorded);
    await expect(
      runWithRequestContext({ requestId: 'req-3', appName: 'acme' }, () => upstream.request({ upstream: 'wallet', method: 'GET', route: '/slow', signal: AbortSignal.timeout(100) })),
    ).rejects.toMatchObject({ kind: 'cancelled' });
    expect(recorded.map((e) => [e.attempt, e.outcome])).toEqual([[1, 'cancelled']]);
  });
});
