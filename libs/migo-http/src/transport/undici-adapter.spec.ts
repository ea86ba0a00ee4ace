import { HttpService } from '@nestjs/axios';
import { AxiosHeaders } from 'axios';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { Agent } from 'undici';
import { runWithRequestContext } from '#common';
import { upstreamAxios } from './upstream-axios.js';
import { UpstreamSettings } from '../upstream-config.js';
import { UpstreamHttp } from '../upstream-http.service.js';

interface Seen {
  method?: string;
  url?: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** An upstream that records each request (with its body) and answers with the handler's choice. */
async function upstream(handler: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void) {
  const seen: Seen[] = [];
  const aborted: boolean[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const index = seen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }) - 1;
      res.on('close', () => (aborted[index] = !res.writableFinished));
      handler(req, res, seen[index].body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    aborted,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}

const json = (status: number, body: unknown) => (_req: http.IncomingMessage, res: http.ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** UpstreamHttp on HttpService on axios with the undici adapter: the stack MigoHttpModule builds. */
function client(baseUrl: string, dispatcher: Agent, overrides: Partial<UpstreamSettings> = {}) {
  const settings: UpstreamSettings = { baseUrl, timeoutMs: 2000, readRetries: 0, retryBaseDelayMs: 5, retryAfterCapMs: 3000, breakerThreshold: 50, breakerHalfOpenAfterMs: 60000, ...overrides };
  return new UpstreamHttp(new HttpService(upstreamAxios(dispatcher)), { wallet: settings }, { record: () => undefined });
}

describe('undiciAdapter (through UpstreamHttp)', () => {
  let server: Awaited<ReturnType<typeof upstream>> | undefined;
  let dispatcher: Agent;
  beforeEach(() => (dispatcher = new Agent({ connections: 8 })));
  afterEach(async () => {
    await server?.close();
    server = undefined;
    await dispatcher.close();
  });

  it('sends the expanded route under the base path, the query, the request id and the auth headers; unwraps the envelope', async () => {
    server = await upstream(json(200, { success: true, message: 'ok', data: { cardId: 5001 } }));
    const auth = { headers: async () => ({ authorization: 'Bearer t0k' }), onUnauthorized: async () => false };
    const result = await runWithRequestContext({ requestId: 'req-9' }, () =>
      client(`${server!.url}/rest/`, dispatcher).request({ upstream: 'wallet', method: 'GET', route: '/cards/:cardId', params: { cardId: 'a b/5001' }, query: { month: 3, year: 2026, skip: undefined, q: 'x&y' }, auth }),
    );
    expect(result).toMatchObject({ status: 200, data: { cardId: 5001 } });
    expect(result.headers['content-type']).toBe('application/json');
    const [request] = server.seen;
    expect(request.url).toBe('/rest/cards/a%20b%2F5001?month=3&year=2026&q=x%26y');
    expect(request.headers).toMatchObject({ 'x-request-id': 'req-9', authorization: 'Bearer t0k', accept: 'application/json' });
    expect(request.headers['content-type']).toBeUndefined(); // no body, and none of axios's default headers
  });

  it('joins paths as WHATWG URL would: plain paths as text, dot segments and other characters through the full parse', async () => {
    server = await upstream(json(200, { success: true, data: null }));
    const wallet = client(`${server.url}/rest`, dispatcher);
    for (const cardId of ['5001', '..', '.x', 'a|b', "x'(y)*"]) await wallet.request({ upstream: 'wallet', method: 'GET', route: '/cards/:cardId/funds', params: { cardId } });
    await wallet.request({ upstream: 'wallet', method: 'GET', route: '/cards/../users//7/./x' });
    const expected = ['/cards/5001/funds', '/cards/../funds', '/cards/.x/funds', '/cards/a%7Cb/funds', "/cards/x'(y)*/funds", '/users//7/x'].map((path) => new URL(`${server!.url}/rest${path}`).pathname);
    expect(server.seen.map((request) => request.url)).toEqual(expected);
    expect(expected[1]).toBe('/rest/funds');
  });

  it('hands the answer\'s headers to axios as the AxiosHeaders it would make of them (lowercase names, repeated ones as lists)', async () => {
    server = await upstream((_req, res) => {
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.setHeader('X-Migo-Trace', 'Abc 123');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ success: true, data: { ok: true } }));
    });
    const result = await client(server.url, dispatcher).request({ upstream: 'wallet', method: 'GET', route: '/cards/1' });
    expect(result.headers).toMatchObject({ 'content-type': 'application/json', 'x-migo-trace': 'Abc 123', 'set-cookie': 'a=1, b=2' });
    const raw = await new HttpService(upstreamAxios(dispatcher)).axiosRef.get(`${server.url}/cards/1`, { responseType: 'arraybuffer' });
    expect(raw.headers.constructor.name).toBe('AxiosHeaders');
    expect(raw.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect((raw.headers as AxiosHeaders).get('X-Migo-Trace')).toBe('Abc 123');
  });

  it('sends a JSON body as JSON and reuses the keep-alive connection', async () => {
    server = await upstream(json(201, { success: true, data: { ok: true } }));
    const wallet = client(server.url, dispatcher);
    await wallet.request({ upstream: 'wallet', method: 'POST', route: '/cards/1/funds', body: { amount: 12.5, note: 'ñ' } });
    await wallet.request({ upstream: 'wallet', method: 'POST', route: '/cards/1/funds', body: { amount: 1 } });
    expect(server.seen[0]).toMatchObject({ method: 'POST', body: JSON.stringify({ amount: 12.5, note: 'ñ' }) });
    expect(server.seen[0].headers['content-type']).toMatch(/^application\/json/);
    expect(server.seen[1].headers.connection).not.toBe('close');
  });

  it('sends a FormData body as multipart with its boundary', async () => {
    server = await upstream(json(200, { success: true, data: 'stored' }));
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'application/pdf' }), 'doc.pdf');
    form.append('kind', 'id');
    await expect(client(server.url, dispatcher).request({ upstream: 'wallet', method: 'POST', route: '/files', body: form })).resolves.toMatchObject({ data: 'stored' });
    const [request] = server.seen;
    const boundary = /boundary=(.+)$/.exec(String(request.headers['content-type']))?.[1];
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request.body).toContain(`--${boundary}`);
    expect(request.body).toContain('filename="doc.pdf"');
    expect(request.body).toContain('name="kind"');
  });

  it('hands back binary bodies untouched and error statuses as UpstreamErrors', async () => {
    const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    server = await upstream((req, res) => {
      if (req.url === '/file') return res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
      json(404, { success: false, message: 'nf', errors: [{ code: '7200', message: 'Card not found in the system.' }] })(req, res);
    });
    const wallet = client(server.url, dispatcher);
    const file = await wallet.request<Buffer>({ upstream: 'wallet', method: 'GET', route: '/file', responseType: 'binary' });
    expect(Buffer.compare(file.data, pdf)).toBe(0);
    await expect(wallet.request({ upstream: 'wallet', method: 'GET', route: '/missing' })).rejects.toMatchObject({ kind: 'response', status: 404, code: '7200' });
  });

  it('streams a response body and stops it when the caller aborts', async () => {
    server = await upstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: {"n":1}\n\n');
    });
    const stop = new AbortController();
    const { data } = await client(server.url, dispatcher).request<Readable>({ upstream: 'wallet', method: 'GET', route: '/progress', responseType: 'stream', signal: stop.signal });
    const first = await new Promise<string>((resolve) => data.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))));
    expect(first).toBe('data: {"n":1}\n\n');
    expect(server.seen[0].headers.accept).toBe('text/event-stream');
    const closed = new Promise((resolve) => data.once('close', resolve));
    stop.abort();
    await closed;
    expect(data.destroyed).toBe(true);
  });

  it('aborts the socket when the timeout passes', async () => {
    server = await upstream((req, res) => setTimeout(() => json(200, { success: true, data: 1 })(req, res), 1000));
    const started = Date.now();
    await expect(client(server.url, dispatcher, { timeoutMs: 100 }).request({ upstream: 'wallet', method: 'GET', route: '/slow' })).rejects.toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(600);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.aborted[0]).toBe(true);
  });

  it('reports a refused connection as a network error with its code', async () => {
    const closed = await upstream(json(200, {}));
    await closed.close();
    await expect(client(closed.url, dispatcher).request({ upstream: 'wallet', method: 'GET', route: '/x' })).rejects.toMatchObject({ kind: 'network', message: 'Could not reach wallet (ECONNREFUSED)' });
  });

  it('reports a connection cut mid-answer as a network error', async () => {
    server = await upstream((req) => req.socket.destroy());
    await expect(client(server.url, dispatcher).request({ upstream: 'wallet', method: 'GET', route: '/x' })).rejects.toMatchObject({ kind: 'network', message: 'Could not reach wallet (ECONNRESET)' });
  });
});
