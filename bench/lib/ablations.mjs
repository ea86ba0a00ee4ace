// Ablations for bench/layers.mjs (issue 18's per-layer CPU budget): each takes one layer out of the BFF's built dist/
// as it is loaded (bench/lib/ablate.hook.mjs rewrites the named lines), or turns it off by configuration, so one run
// can measure the BFF with and without each layer side by side. A patch whose text is no longer in the build stops
// the BFF at start-up with a message naming it, rather than measuring something else.

/** `{ file (under dist/), find, replace }`: the first occurrence of `find` in that module is replaced. */
const patch = (file, find, replace) => ({ file, find, replace });

const UPSTREAM_HTTP = 'libs/migo-http/src/upstream-http.service.js';

export const ABLATIONS = {
  auth: {
    label: 'auth: API-key guard (header, scopes, partners) and Wallet ownership guard (the app is still identified)',
    patches: [
      patch(
        'apps/bff/src/auth/api-key.guard.js',
        'canActivate(context) {',
        'canActivate(context) { { const request = context.switchToHttp().getRequest(); request.apiClient = this.clients.identify(request.headers.authorization.slice(7)); enrichRequestContext({ appName: request.apiClient.name }); return true; }',
      ),
      patch('apps/bff/src/surfaces/wallet/wallet-ownership.guard.js', 'async canActivate(context) {', 'canActivate() { return true; } async ablatedCanActivate(context) {'),
    ],
  },
  'rate-limit': { label: 'rate limit (`BFF_RATE_LIMIT=0`: no throttler guard)', env: { BFF_RATE_LIMIT: '0' } },
  context: {
    label: 'request context: AsyncLocalStorage replaced by a plain variable (wrong under concurrency; CPU only)',
    patches: [
      patch(
        'libs/common/src/context/request-context.js',
        'const storage = new AsyncLocalStorage();',
        'const storage = { current: undefined, run(store, fn) { this.current = store; return fn(); }, getStore() { return this.current; } };',
      ),
    ],
  },
  axios: {
    label: 'upstream client: HttpService/axios replaced by one direct undici request',
    patches: [
      patch(
        UPSTREAM_HTTP,
        "import { HttpService } from '@nestjs/axios';",
        `import { HttpService } from '@nestjs/axios';
import { request as ablatedUndiciRequest } from 'undici';
async function ablatedRequest(config) {
  const answer = await ablatedUndiciRequest(config.baseURL + config.url, { method: config.method, headers: config.headers, body: config.data, signal: config.signal });
  return { status: answer.statusCode, statusText: '', headers: answer.headers, data: Buffer.from(await answer.body.arrayBuffer()) };
}`,
      ),
      patch(UPSTREAM_HTTP, 'response = await this.http.axiosRef.request(', 'response = await ablatedRequest('),
    ],
  },
  policies: {
    label: 'upstream client: breaker and read-retry policies bypassed',
    patches: [patch(UPSTREAM_HTTP, 'return policies.execute(idempotent, (attempt) => this.withOneAuthRetry(call, settings, attempt));', 'return this.withOneAuthRetry(call, settings, 1);')],
  },
  envelope: {
    label: 'envelope: no parsing of the envelope variants (the answer\'s `data` taken as it is)',
    patches: [patch(UPSTREAM_HTTP, 'const parsed = parseUpstreamBody(response.status, decoded, response.statusText);', 'const parsed = { ok: true, data: decoded?.data ?? decoded };')],
  },
  capture: {
    label: 'support capture: no exchange recorded (nor redacted, serialized, deflated, written)',
    patches: [patch(UPSTREAM_HTTP, 'this.recorder = recorder;', 'this.recorder = undefined;')],
  },
  log: { label: 'log line (`LOG_LEVEL=warn`: no line per request)', env: { LOG_LEVEL: 'warn' } },
  metrics: {
    label: 'metrics: no request or upstream histogram sample',
    patches: [
      patch('apps/bff/src/metrics/bff-metrics.js', 'observeRequest(method, route, status, seconds) {', 'observeRequest(method, route, status, seconds) { return;'),
      patch('apps/bff/src/metrics/bff-metrics.js', 'observeUpstreamCall(call) {', 'observeUpstreamCall(call) { return;'),
    ],
  },
  validation: {
    label: 'validation: no global ValidationPipe (the route\'s own id pipe stays)',
    patches: [patch('apps/bff/src/create-bff-app.js', 'app.useGlobalPipes(bffValidationPipe());', '')],
  },
  drain: {
    label: 'drain tracking: no in-flight count or close listener per request (graceful shutdown)',
    patches: [patch('apps/bff/src/create-bff-app.js', 'app.get(ShutdownState).track(fastify);', '')],
  },
  'no-upstream': {
    label: 'the upstream call replaced by a constant answer (everything else as built)',
    patches: [
      patch(
        'libs/wallet-gateway/src/wallet-gateway.client.js',
        'card(cardId, options) {',
        "card(cardId, options) { return Promise.resolve({ cardId, userId: 101, maskedPan: '************4401', alias: 'Nómina', status: 'active', currency: 'GTQ', balance: 1520.5, pinSet: true, type: 'physical', createdAt: '2025-11-21T04:37:58.972Z' });",
      ),
    ],
  },
};

/** The layers that make up the BFF's own per-request work: all of them off leaves Nest, Fastify and one call. */
export const OWN_LAYERS = ['auth', 'rate-limit', 'context', 'axios', 'policies', 'envelope', 'capture', 'log', 'metrics', 'validation', 'drain'];

/** Environment and loader settings for a BFF with `names` ablated. */
export function ablationSettings(names) {
  const env = {};
  const patches = [];
  for (const name of names) {
    const ablation = ABLATIONS[name];
    if (!ablation) throw new Error(`Unknown ablation "${name}" (known: ${Object.keys(ABLATIONS).join(', ')})`);
    Object.assign(env, ablation.env ?? {});
    patches.push(...(ablation.patches ?? []));
  }
  return { env: { ...env, ...(patches.length ? { BENCH_ABLATE: names.join(',') } : {}) }, patches };
}
