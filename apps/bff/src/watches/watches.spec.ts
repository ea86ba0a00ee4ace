import { apiKeysJson, TEST_APPS } from '#test-support';
import { MiddlewareStack, startMiddlewareStack } from '../surfaces/middleware/testing/middleware-stack.js';

const GLOBEX_KEY = 'test-key-globex-watch-0009';
const HISTORY = 'GET /mw/v1/subscriptions/payment-history';
const DETAIL = 'GET /mw/v1/subscriptions/detail/:subUid';
const WATCH = (upstreamId: string) => ({ type: 'middleware.subscription', upstreamId });

/** The watch API on its own (no worker): access by the watched object's resolvers, input checks, the per-app limit. */
describe('/v1/watches (simulator + BFF in-process, real Redis)', () => {
  let stack: MiddlewareStack;
  const globex = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stack.bff.url}${path}`, { method, headers: { authorization: `Bearer ${GLOBEX_KEY}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json().catch(() => undefined)) as any };
  };
  const upstreamWatchCalls = async () => (await stack.upstreamCalls(HISTORY)) + (await stack.upstreamCalls(DETAIL));

  beforeAll(async () => {
    const apps = { ...TEST_APPS, globex: { key: GLOBEX_KEY, scopes: ['middleware:*', 'wallet:*', 'jobs:read'], partners: ['globex'] } };
    stack = await startMiddlewareStack('watches-api', { BFF_API_KEYS: apiKeysJson(apps), BFF_WATCHES_PER_APP: '3' });
  });
  afterAll(() => stack.close());

  it("refuses another partner's app (403, no upstream read of the object's data, no watch), and hides each app's watches from the others (404)", async () => {
    const before = await stack.upstreamCalls(HISTORY);
    const refused = await globex('POST', '/v1/watches', WATCH('sub_01HAAA')); // acme's subscription
    expect(refused.status).toBe(403);
    expect(refused.contentType).toContain('application/problem+json');
    expect(JSON.stringify(refused.body)).not.toContain('maria.lopez');
    expect(await stack.upstreamCalls(HISTORY)).toBe(before);
    expect((await globex('GET', '/v1/watches')).body.items).toEqual([]);

    const acmeWatch = await stack.bff.call('POST', '/v1/watches', { as: 'acme', body: WATCH('sub_01HAAA') });
    expect(acmeWatch.status).toBe(201);
    const id = acmeWatch.body.id as string;
    for (const [method, path] of [['GET', `/v1/watches/${id}`], ['GET', `/v1/watches/${id}/events`], ['DELETE', `/v1/watches/${id}`]] as const) {
      expect((await globex(method, path)).status).toBe(404);
      expect((await stack.bff.call(method, path, { as: 'all' })).status).toBe(404); // another app, even one open to every partner
    }
    expect((await stack.bff.call('GET', `/v1/watches/${id}`, { as: 'acme' })).body.state).toBe('active'); // the refused delete changed nothing

    const own = await globex('POST', '/v1/watches', WATCH('sub_01HEEE'));
    expect([own.status, own.body.partnerId]).toEqual([201, 'globex']);
    expect((await stack.bff.call('GET', '/v1/watches', { as: 'acme' })).body.items.map((watch: { id: string }) => watch.id)).toEqual([id]);
  });

  it('answers bad input with 400 problem+json before any upstream call, and a watch on nothing with 404', async () => {
    const before = await upstreamWatchCalls();
    for (const body of [{ type: 'nope', upstreamId: 'sub_01HAAA' }, { type: 'middleware.subscription', upstreamId: 'sub 01/../x' }, { type: 'middleware.subscription' }, { type: 'wallet.card', upstreamId: 'abc' }]) {
      const answer = await stack.bff.call('POST', '/v1/watches', { as: 'all', body });
      expect([answer.status, answer.headers.get('content-type')]).toEqual([400, expect.stringContaining('application/problem+json')]);
    }
    expect(await upstreamWatchCalls()).toBe(before);
    const missing = await stack.bff.call('POST', '/v1/watches', { as: 'all', body: WATCH('sub_01HZZZ') });
    expect(missing.status).toBe(404);
    expect((await stack.bff.call('GET', '/v1/watches', { as: 'all' })).body.items).toEqual([]);
    expect((await stack.bff.call('POST', '/v1/watches', { as: 'all', body: { ...WATCH('sub_01HEEE'), partnerId: 'acme' } })).status).toBe(404); // globex's, not acme's
  });

  it('gives concurrent requests for the same object one watch, and enforces the per-app limit until a watch is deleted', async () => {
    const answers = await Promise.all([1, 2, 3, 4].map(() => stack.bff.call('POST', '/v1/watches', { as: 'reader', body: WATCH('sub_01HBBB') })));
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 201]);

    expect((await stack.bff.call('POST', '/v1/watches', { as: 'reader', body: WATCH('sub_01HDDD') })).status).toBe(201);
    expect((await stack.bff.call('POST', '/v1/watches', { as: 'reader', body: WATCH('sub_01HAAB') })).status).toBe(201);
    const over = await stack.bff.call('POST', '/v1/watches', { as: 'reader', body: WATCH('sub_01HIII') });
    expect([over.status, over.headers.get('content-type')]).toEqual([409, expect.stringContaining('application/problem+json')]);

    const deleted = await stack.bff.call('DELETE', `/v1/watches/${answers[0].body.id}`, { as: 'reader' });
    expect(deleted.body).toMatchObject({ state: 'deleted', endReason: 'deleted by the app' });
    expect((await stack.bff.call('POST', '/v1/watches', { as: 'reader', body: WATCH('sub_01HIII') })).status).toBe(201);
    expect((await stack.bff.call('POST', '/v1/watches', { as: 'reader', body: WATCH('sub_01HBBB') })).status).toBe(409); // full again
    // Once there is room, the deleted watch's object can be watched anew: a new watch, not the deleted one.
    const dddWatch = (await stack.bff.call('GET', '/v1/watches', { as: 'reader' })).body.items.find((watch: { upstreamId: string }) => watch.upstreamId === 'sub_01HDDD');
    await stack.bff.call('DELETE', `/v1/watches/${dddWatch.id}`, { as: 'reader' });
    const again = await stack.bff.call('POST', '/v1/watches', { as: 'reader', body: WATCH('sub_01HBBB') });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(answers[0].body.id);
    expect((await stack.bff.call('GET', `/v1/watches/${answers[0].body.id}`, { as: 'reader' })).body.state).toBe('deleted');
  });

  it('answers a failing Migo with a problem and creates nothing', async () => {
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', path: '/v1/subscriptions/**', status: 503 } });
    try {
      const answer = await stack.bff.call('POST', '/v1/watches', { as: 'all', body: WATCH('sub_01HDDD') });
      expect(answer.status).toBeGreaterThanOrEqual(502);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect((await stack.bff.call('GET', '/v1/watches', { as: 'all' })).body.items).toEqual([]);
    } finally {
      await stack.sim.call('DELETE', '/__sim/faults');
    }
  });
});
