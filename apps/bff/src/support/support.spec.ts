import { randomUUID } from 'node:crypto';
import { panEnding, useBffStack } from '#test-support';
import { SUPPORT_RETENTION_SECONDS } from './support-exchange-store.js';

describe('BFF support: redacted upstream exchanges per request id', () => {
  const stack = useBffStack('bff-support');
  const pan = panEnding('5102');
  const linkId = randomUUID();
  const fundsId = randomUUID();

  beforeAll(async () => {
    await stack.sim.call('POST', '/__sim/reset');
    // The first Wallet call of this BFF logs in inside the link-card request: its login exchange is recorded too.
    const link = await stack.bff.call('POST', '/v1/wallet/users/102/cards?clientId=acme', { as: 'acme', body: { card: pan }, headers: { 'x-request-id': linkId } });
    expect(link.status).toBe(201);
    const funds = await stack.bff.call('POST', '/v1/wallet/cards/5001/funds', {
      as: 'acme',
      body: { amount: 12.5, operation: 'ADD_FUNDS', channel: 'WEB', reference: 'SUPPORT-1' },
      headers: { 'x-request-id': fundsId, 'idempotency-key': randomUUID() },
    });
    expect(funds.status).toBe(200);
  });

  const anyUnredactedBearer = /Bearer\s+(?!\[REDACTED\])\S/;

  it("gives the app its own request's exchanges: method, url, status, timings, headers and bodies, credentials and PAN redacted", async () => {
    const response = await stack.bff.call('GET', `/v1/support/requests/${linkId}`, { as: 'acme' });
    expect(response.status).toBe(200);
    expect(response.body.requestId).toBe(linkId);
    const link = response.body.exchanges.find((e: { method: string; url: string }) => e.method === 'POST' && e.url.startsWith('/rest/users/102/cards'));
    expect(link).toMatchObject({ requestId: linkId, app: 'acme', upstream: 'wallet', url: '/rest/users/102/cards?clientId=acme', outcome: 201, attempt: 1 });
    expect(Date.parse(link.startedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(link.durationMs).toBeGreaterThanOrEqual(0);
    expect(link.requestHeaders).toMatchObject({ authorization: '[REDACTED]', 'x-request-id': linkId });
    expect(link.requestBody).toMatchObject({ contentType: 'application/json', content: { card: '[REDACTED]' } });
    expect(link.responseHeaders['content-type']).toMatch(/json/);
    expect(link.responseBody.content).toBeDefined();

    // The owner lookup that let this app act on user 102 (and the Wallet login it needed) is the BFF's own business.
    expect(response.body.exchanges.some((e: { url: string }) => e.url === '/rest/auth/login' || e.url === '/rest/users/102')).toBe(false);
    expect(response.body.bffOwnCalls).toBeUndefined();

    expect(response.text).not.toContain(pan);
    expect(response.text).not.toMatch(anyUnredactedBearer);
  });

  it('keeps each request apart: the funds call has its own exchanges, kept 7 days', async () => {
    const response = await stack.bff.call('GET', `/v1/support/requests/${fundsId}`, { as: 'acme' });
    expect(response.status).toBe(200);
    const funds = response.body.exchanges.find((e: { url: string }) => e.url === '/rest/cards/5001/funds');
    expect(funds).toMatchObject({ method: 'POST', outcome: 200, requestBody: { content: { amount: 12.5, reference: 'SUPPORT-1' } } });
    expect(response.body.exchanges.every((e: { requestId: string }) => e.requestId === fundsId)).toBe(true);
    expect(response.body.exchanges.some((e: { url: string }) => e.url.includes('/users/102/cards'))).toBe(false);
    expect(response.text).not.toMatch(anyUnredactedBearer);

    // Kept at least 7 days: the hour of requests that names it lives until 7 days after that hour ends.
    const client = stack.redis.connect();
    const thisHour = Math.floor(Date.now() / 3_600_000);
    const buckets = [thisHour, thisHour - 1].map((hour) => stack.redis.keys.key('{support:acme}', 'requests', hour)); // the flush may precede an hour's turn
    const bucket = (await Promise.all(buckets.map(async (key) => ((await client.hexists(key, fundsId)) ? key : undefined)))).find(Boolean)!;
    const ttl = await client.ttl(bucket);
    expect(ttl).toBeGreaterThan(SUPPORT_RETENTION_SECONDS - 60);
    expect(ttl).toBeLessThanOrEqual(SUPPORT_RETENTION_SECONDS + 3600);
  });

  it("hides another app's request (404) but shows it to admin", async () => {
    const other = await stack.bff.call('GET', `/v1/support/requests/${linkId}`, { as: 'reader' });
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(other.body.type).toMatch(/not-found$/);

    const admin = await stack.bff.call('GET', `/v1/support/requests/${linkId}`, { as: 'all' });
    expect(admin.status).toBe(200);
    expect(admin.body.exchanges.some((e: { app: string; url: string }) => e.app === 'acme' && e.url.startsWith('/rest/users/102/cards'))).toBe(true);
    // Admins also see the BFF's own calls, apart and marked: the owner lookup and the Wallet login made for it, whose
    // signature and the tokens Migo answered are gone.
    const own = admin.body.bffOwnCalls as Array<{ url: string; purpose: string; requestBody: { content: { signature?: string } }; responseBody: unknown }>;
    expect(own.map((e) => [e.url, e.purpose])).toEqual(expect.arrayContaining([['/rest/users/102', 'access-lookup'], ['/rest/auth/login', 'access-lookup']]));
    const login = own.find((e) => e.url === '/rest/auth/login')!;
    expect(login.requestBody.content.signature).toBe('[REDACTED]');
    expect(JSON.stringify(login.responseBody)).toMatch(/"accessToken":"\[REDACTED\]"/);
    expect(admin.text).not.toContain(pan);
    expect(admin.text).not.toMatch(anyUnredactedBearer);
  });

  it('answers 404 problem+json for an unknown or malformed request id, and 401 without a key', async () => {
    const unknown = await stack.bff.call('GET', `/v1/support/requests/${randomUUID()}`, { as: 'all' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await stack.bff.call('GET', `/v1/support/requests/${encodeURIComponent('a b')}`, { as: 'acme' })).status).toBe(404);
    expect((await stack.bff.call('GET', `/v1/support/requests/${linkId}`, { as: null })).status).toBe(401);
  });

  it('does not record its own lookups, and nothing the BFF logged holds the PAN', async () => {
    const response = await stack.bff.call('GET', `/v1/support/requests/${linkId}`, { as: 'acme', headers: { 'x-request-id': `lookup-${linkId}` } });
    expect(response.status).toBe(200);
    expect((await stack.bff.call('GET', `/v1/support/requests/lookup-${linkId}`, { as: 'acme' })).status).toBe(404);
    const logs = stack.bff.logLines.join('');
    expect(logs).toContain(linkId);
    expect(logs).not.toContain(pan);
    expect(logs).not.toMatch(anyUnredactedBearer);
  });
});
