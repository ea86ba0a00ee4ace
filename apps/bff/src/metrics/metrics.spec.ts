import { redactText } from '#common';
import { MigoAuth } from '#migo-auth';
import { RunningBff, TEST_APPS, useBffStack } from '#test-support';

/** `name{a="x",b="y"} 12` → { name, labels, value }. */
function samples(exposition: string) {
  return exposition
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)!;
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

describe('/metrics', () => {
  const stack = useBffStack('metrics');

  it('after traffic, exposes requests, upstream calls, Migo sessions, breakers, queues and SSE streams, labelled by route template', async () => {
    expect((await stack.bff.call('GET', '/v1/wallet/cards/5001')).status).toBe(200);
    expect((await stack.bff.call('GET', '/v1/wallet/cards/5002')).status).toBe(200);
    expect((await stack.bff.call('GET', '/v1/cms/partners/acme/cardholders')).status).toBe(200);
    expect((await stack.bff.call('POST', '/v1/wallet/cards/5001/funds', { body: { amount: 'lots' } })).status).toBe(400);
    expect((await stack.bff.call('GET', '/v1/no/such/route/12345')).status).toBe(404);
    expect((await stack.bff.call('POST', '/v1/wallet/cards/5001/statements', { body: { month: 2, year: 2026 } })).status).toBe(202);

    // An SSE stream held open while Prometheus scrapes.
    const stream = new AbortController();
    const response = await fetch(`${stack.bff.url}/v1/events`, { headers: { authorization: `Bearer ${TEST_APPS.all.key}` }, signal: stream.signal });
    const reader = response.body!.getReader();
    await reader.read();
    let scrape: Awaited<ReturnType<RunningBff['call']>>;
    try {
      scrape = await stack.bff.call('GET', '/metrics');
    } finally {
      stream.abort();
    }
    expect(scrape.status).toBe(200);
    expect(scrape.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const all = samples(scrape.text);
    const find = (name: string, labels: Record<string, string>) => all.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));

    expect(find('bff_http_request_duration_seconds_count', { method: 'GET', route: '/v1/wallet/cards/:cardId', status: '200' })?.value).toBe(2);
    expect(find('bff_http_request_duration_seconds_count', { method: 'POST', route: '/v1/wallet/cards/:cardId/funds', status: '400' })?.value).toBe(1);
    expect(find('bff_http_request_duration_seconds_count', { route: 'unmatched', status: '404' })?.value).toBe(1);
    expect(find('bff_http_request_duration_seconds_bucket', { route: '/v1/wallet/cards/:cardId', le: '+Inf' })?.value).toBe(2);

    expect(find('bff_upstream_request_duration_seconds_count', { service: 'wallet', method: 'GET', route: '/cards/:cardId', status: '200' })?.value).toBe(2);
    expect(find('bff_upstream_request_duration_seconds_count', { service: 'wallet', method: 'POST', route: '/auth/login', status: '200' })?.value).toBe(1);
    expect(find('bff_upstream_request_duration_seconds_count', { service: 'cms', route: '/app/partners/:partnerId/cardholders', status: '200' })?.value).toBe(1);

    expect(find('bff_migo_token_events_total', { credential: 'wallet', event: 'login' })?.value).toBe(1);
    expect(find('bff_migo_token_events_total', { credential: 'cms-app', event: 'login' })?.value).toBe(1);
    expect(find('bff_migo_token_events_total', { credential: 'cms-operator', event: 'login' })?.value).toBe(1);

    for (const service of ['wallet', 'cms', 'middleware', 'migration']) {
      for (const calls of ['reads', 'writes']) {
        expect(find('bff_upstream_breaker_state', { service, calls, state: 'closed' })?.value).toBe(1);
        expect(find('bff_upstream_breaker_state', { service, calls, state: 'open' })?.value).toBe(0);
      }
    }
    const walletQueue = all.filter((s) => s.name === 'bff_tracker_queue_jobs' && s.labels.queue === 'trackers-wallet');
    expect(walletQueue.map((s) => s.labels.state).sort()).toEqual(['active', 'completed', 'delayed', 'failed', 'prioritized', 'waiting', 'waiting-children']);
    expect(walletQueue.reduce((sum, s) => sum + s.value, 0)).toBe(1);
    expect(find('bff_sse_connections', {})?.value).toBe(1);
    // How late the event loop ran, as a cumulative histogram (sampled every 20 ms from the start).
    expect(scrape.text).toMatch(/^bff_event_loop_delay_seconds_bucket\{le="0\.005"\} \d+$/m);
    expect(scrape.text).toMatch(/^bff_event_loop_delay_seconds_count \d+$/m);
    expect(find('process_resident_memory_bytes', {})).toBeDefined();

    // Route labels are templates: no concrete id, no upstream id, no query string.
    const routes = all.map((s) => s.labels.route).filter(Boolean);
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((route) => /\/\d+(\/|$)|bat_|stm_|\?/.test(route))).toEqual([]);
  });

  it('never exposes an API key, a Migo token or credential, an operator e-mail or a card number', async () => {
    await stack.bff.call('GET', '/v1/wallet/users/101/cards');
    const { text } = await stack.bff.call('GET', '/metrics');
    const walletToken = await stack.bff.app.get(MigoAuth).walletSession.accessToken();
    const secrets = [
      ...Object.values(TEST_APPS).map((app) => app.key),
      walletToken,
      stack.sim.secrets.middlewareMerchantToken,
      stack.sim.secrets.middlewareJwt,
      stack.sim.secrets.migrationJwt,
      'Operator#2026',
      'ops@acme.test',
    ];
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
    expect(text).not.toMatch(/BEGIN [A-Z ]*KEY/);
    // Nothing shaped like a PAN or a bearer token (sample values are left out: long float digits can pass Luhn).
    const withoutValues = text.replace(/ \S+$/gm, '');
    expect(redactText(withoutValues)).toBe(withoutValues);
  });

  it('is for the admin scope only', async () => {
    expect((await stack.bff.call('GET', '/metrics', { as: null })).status).toBe(401);
    const reader = await stack.bff.call('GET', '/metrics', { as: 'reader' });
    expect(reader.status).toBe(403);
    expect(reader.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
