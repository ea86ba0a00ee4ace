import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RedisKeys } from '#common';
import { MiddlewareClient } from '#middleware';
import { RunningBff, startBff } from '#test-support';
import { BFF_CONFIG } from '../../../config/bff-config.token.js';
import type { BffConfig } from '../../../config/load-bff-config.js';
import { MiddlewareStack, startMiddlewareStack } from '../testing/middleware-stack.js';
import { BinCache } from './bin-cache.js';
import { BinLookup } from './bin-lookup.service.js';

const PAN = '4111111111111111';
const AMEX = '378282246310005';
const SINGLE = 'POST /mw/v1/verifications/bin';
const BATCH = 'POST /mw/v1/verifications/bins';

/** BIN lookups through the BFF against the simulator: the shared cache, what reaches Migo, and that no PAN leaks. */
describe('BFF Middleware BIN verification', () => {
  let stack: MiddlewareStack;
  let redis: Redis;
  beforeAll(async () => {
    stack = await startMiddlewareStack('bff-mw-bins');
    redis = stack.redis.connect();
  });
  afterAll(() => stack.close());
  beforeEach(async () => {
    await stack.reset();
    const keys = await redis.keys(`${stack.redis.prefix}:bin:*`);
    if (keys.length > 0) await redis.del(...keys);
  });

  const lookup = (body: unknown, init: { query?: string; requestId?: string; bff?: RunningBff } = {}) =>
    (init.bff ?? stack.bff).call('POST', `/v1/middleware/bins/lookup${init.query ?? ''}`, { body, as: 'acme', headers: init.requestId ? { 'x-request-id': init.requestId } : {} });
  const batch = (bins: unknown, requestId?: string) => stack.bff.call('POST', '/v1/middleware/bins/lookup-batch', { body: { bins }, as: 'acme', headers: requestId ? { 'x-request-id': requestId } : {} });
  const support = async (requestId: string) => stack.bff.call('GET', `/v1/support/requests/${requestId}`, { as: 'acme' });
  const sentBodies = async (requestId: string) => (await support(requestId)).body.exchanges.map((e: { requestBody: { content: unknown } }) => e.requestBody.content);

  it('answers a BIN once from Migo, then from the cache shared by every instance, with the configured TTL', async () => {
    const first = await lookup({ bin: '411111' });
    expect([first.status, first.body]).toEqual([200, { bin: '411111', brand: 'visa', cardType: 'credit', issuer: 'Banco Industrial', issuerCountry: 'GT' }]);
    const ttl = await redis.ttl(`${stack.redis.prefix}:bin:411111`);
    expect(ttl).toBeGreaterThan(86400 - 60);
    expect(ttl).toBeLessThanOrEqual(86400);

    const other = await startBff(stack.sim, stack.redis);
    try {
      const again = await lookup({ bin: '411111' }, { bff: other });
      expect([again.status, again.body]).toEqual([200, first.body]);
    } finally {
      await other.close();
    }
    expect(await stack.upstreamCalls(SINGLE)).toBe(1);
  });

  it('sends only the leading 8 digits of a 16-digit card number (6 of a 15-digit one), and never shows the number', async () => {
    const requestId = randomUUID();
    const visa = await lookup({ cardNumber: PAN }, { requestId });
    expect([visa.status, visa.body.bin, visa.body.issuer]).toEqual([200, '41111111', 'Banco Industrial']);
    const amexId = randomUUID();
    expect((await lookup({ cardNumber: AMEX }, { requestId: amexId })).body).toMatchObject({ bin: '378282', brand: 'amex' });

    expect(await sentBodies(requestId)).toEqual([{ bin: '41111111' }]);
    expect(await sentBodies(amexId)).toEqual([{ bin: '378282' }]);
    const everything = [visa.text, (await support(requestId)).text, (await support(amexId)).text, ...stack.bff.logLines].join('\n');
    expect(everything).not.toContain(PAN);
    expect(everything).not.toContain(AMEX);
  });

  it('answers an unknown BIN 404 problem+json and caches that briefly, so repeating it does not reach Migo', async () => {
    for (let i = 0; i < 3; i++) {
      const unknown = await lookup({ bin: '999999' });
      expect([unknown.status, unknown.headers.get('content-type'), unknown.body.title]).toEqual([404, expect.stringMatching(/^application\/problem\+json/), 'Unknown BIN']);
    }
    expect(await stack.upstreamCalls(SINGLE)).toBe(1);
    const ttl = await redis.ttl(`${stack.redis.prefix}:bin:999999`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
  });

  it('asks Migo in a batch only for the BINs the cache does not hold, each once, and answers every BIN asked', async () => {
    await lookup({ bin: '411111' });
    await lookup({ bin: '999999' });
    const requestId = randomUUID();
    const answer = await batch(['411111', '522222', '999999', '000000', '522222', '42424242'], requestId);
    expect(answer.status).toBe(200);
    expect(answer.body.items.map((b: { bin: string; cardType: string }) => [b.bin, b.cardType])).toEqual([
      ['411111', 'credit'],
      ['522222', 'debit'],
      ['42424242', 'credit'],
    ]);
    expect(answer.body.notFound).toEqual(['999999', '000000']);
    expect(await sentBodies(requestId)).toEqual([{ bins: ['522222', '000000', '42424242'] }]);

    const warm = await batch(['42424242', '000000', '522222']);
    expect(warm.body).toEqual({ items: [expect.objectContaining({ bin: '42424242' }), expect.objectContaining({ bin: '522222' })], notFound: ['000000'] });
    expect(await stack.upstreamCalls(BATCH)).toBe(1);
  });

  it('refuses bad BINs and card numbers with 400 problem+json before any call, never repeating the digits', async () => {
    const bodies = [{ bin: '41111' }, { bin: '411111111' }, { bin: '41111a' }, { bin: 411111 }, {}, { cardNumber: '41111111111' }, { cardNumber: `${PAN}0000` }, { cardNumber: '4111-1111-1111-1111' }, { bin: '411111', cardNumber: PAN }, { bin: '411111', extra: 1 }];
    for (const body of bodies) {
      const refused = await lookup(body);
      expect([refused.status, refused.headers.get('content-type')]).toEqual([400, expect.stringMatching(/^application\/problem\+json/)]);
      expect(refused.text).not.toContain('41111111');
    }
    for (const bins of [[], ['411111', '4111'], ['41111a'], Array.from({ length: 101 }, () => '411111'), '411111']) {
      expect((await batch(bins)).status).toBe(400);
    }
    expect(await stack.upstreamCalls(SINGLE)).toBe(0);
    expect(await stack.upstreamCalls(BATCH)).toBe(0);
  });

  it('refuses card data in the query string with 400 on any route, before routing, and it shows nowhere', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const answers = [
      await lookup({ bin: '411111' }, { query: `?bin=${PAN}`, requestId: ids[0] }),
      await lookup({ bin: '411111' }, { query: `?${PAN}`, requestId: ids[1] }),
      await stack.bff.call('GET', `/v1/middleware/bins/lookup?cardNumber=${PAN}`, { as: 'acme', headers: { 'x-request-id': ids[2] } }),
      await stack.bff.call('GET', `/v1/middleware/suspensions?client=acme&pan=${PAN}`, { as: 'acme', headers: { 'x-request-id': ids[3] } }),
    ];
    for (const answer of answers) expect([answer.status, answer.headers.get('content-type')]).toEqual([400, expect.stringMatching(/^application\/problem\+json/)]);
    // Any other query parameter on the BIN routes is refused too, naming neither the parameter nor its value.
    const other = await lookup({ bin: '411111' }, { query: '?client=acme' });
    expect([other.status, other.body.detail]).toEqual([400, expect.stringMatching(/takes no query parameters/)]);
    expect(await stack.upstreamCalls(SINGLE)).toBe(0);
    expect(await stack.upstreamCalls('GET /mw/v1/suspensions')).toBe(0);
    const records = await Promise.all(ids.map(async (id) => (await support(id)).text));
    expect([...answers.map((a) => a.text), ...records, ...stack.bff.logLines].join('\n')).not.toContain(PAN);
  });

  it('answers upstream failures as problems and caches nothing of them', async () => {
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'POST', path: '/v1/verifications/bin', status: 500, times: 1 } });
    const failed = await lookup({ bin: '522222' });
    expect([failed.status, failed.headers.get('content-type')]).toEqual([502, expect.stringMatching(/^application\/problem\+json/)]);
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'POST', path: '/v1/verifications/bins', status: 504, times: 1 } });
    expect((await batch(['522222'])).status).toBe(504);
    expect(await redis.exists(`${stack.redis.prefix}:bin:522222`)).toBe(0);
    expect((await lookup({ bin: '522222' })).body.cardType).toBe('debit');
  });

  it('answers a Migo slower than MIGO_TIMEOUT_MS 504 problem+json, and caches nothing of it', async () => {
    const impatient = await startBff(stack.sim, stack.redis, { MIGO_TIMEOUT_MS: '100' });
    try {
      await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'POST', path: '/v1/verifications/bin', latencyMs: 400, times: 1 } });
      const slow = await lookup({ bin: '401288' }, { bff: impatient });
      expect([slow.status, slow.headers.get('content-type')]).toEqual([504, expect.stringMatching(/^application\/problem\+json/)]);
      expect(await redis.exists(`${stack.redis.prefix}:bin:401288`)).toBe(0);
    } finally {
      await impatient.close();
    }
  });

  it('asks Migo when Redis cannot be reached, instead of failing the read', async () => {
    // A connection that is gone for good: every command fails at once, as the BFF's does while Redis is down.
    const unreachable = stack.redis.connect();
    await unreachable.quit();
    const config = stack.bff.app.get<BffConfig>(BFF_CONFIG, { strict: false });
    const lookupWithoutRedis = new BinLookup(stack.bff.app.get(MiddlewareClient, { strict: false }), new BinCache(unreachable, new RedisKeys(stack.redis.prefix), config));
    await expect(unreachable.get('anything')).rejects.toThrow();
    expect(await lookupWithoutRedis.one('411111')).toMatchObject({ issuer: 'Banco Industrial' });
    expect(await lookupWithoutRedis.many(['411111', '999999'])).toMatchObject({ items: [{ bin: '411111' }], notFound: ['999999'] });
    expect(await stack.upstreamCalls(SINGLE)).toBe(1);
    expect(await stack.upstreamCalls(BATCH)).toBe(1);
  });
});
