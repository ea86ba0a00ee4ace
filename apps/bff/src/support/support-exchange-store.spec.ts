import type { UpstreamExchange } from '#migo-http';
import { testRedis, TestRedis } from '#test-support';
import { decodeExchange } from './exchange-codec.js';
import { SUPPORT_FLUSH_BATCH, SUPPORT_MAX_EXCHANGES_PER_REQUEST, SupportExchangeStore } from './support-exchange-store.js';

function exchange(requestId: string, attempt: number, app = 'acme'): UpstreamExchange {
  return {
    requestId,
    app,
    upstream: 'wallet',
    method: 'GET',
    url: `/rest/cards/${5000 + attempt}`,
    outcome: 200,
    attempt,
    startedAt: new Date(Date.UTC(2026, 10, 29, 12, 0, 0, attempt)).toISOString(),
    durationMs: 1,
    requestHeaders: { authorization: '[REDACTED]' },
    requestBody: null,
    responseHeaders: { 'content-type': 'application/json' },
    responseBody: { contentType: 'application/json', bytes: 2, content: {} },
  };
}

describe('SupportExchangeStore: batched writes', () => {
  let redis: TestRedis;
  let store: SupportExchangeStore;
  let writesSeen: number;

  beforeAll(() => {
    redis = testRedis('support-store');
    const client = redis.connect();
    // Counts the commands the store sends (its script calls go out as EVALSHA, or EVAL the first time).
    const send = client.sendCommand.bind(client);
    writesSeen = 0;
    client.sendCommand = ((command: Parameters<typeof client.sendCommand>[0]) => {
      if (/^eval/i.test(command.name)) writesSeen++;
      return send(command);
    }) as typeof client.sendCommand;
    store = new SupportExchangeStore(client, redis.keys);
  });
  afterAll(() => redis.cleanup());

  it('finds an exchange recorded an instant ago: a lookup writes what is waiting first', async () => {
    store.record(exchange('just-now', 1));
    const found = await store.find(['acme'], 'just-now');
    expect(found.map((e) => e.url)).toEqual(['/rest/cards/5001']);
  });

  it('writes a burst of exchanges from many requests in one command per batch, not one round trip each', async () => {
    await store.flush();
    const before = writesSeen;
    const requests = 3 * SUPPORT_FLUSH_BATCH;
    for (let i = 0; i < requests; i++) store.record(exchange(`burst-${i}`, 1));
    await store.flush();
    expect(writesSeen - before).toBe(3);
    const samples = await Promise.all([0, SUPPORT_FLUSH_BATCH, requests - 1].map((i) => store.find(['acme'], `burst-${i}`)));
    expect(samples.map((found) => found.length)).toEqual([1, 1, 1]);
  });

  it(`keeps the latest ${SUPPORT_MAX_EXCHANGES_PER_REQUEST} exchanges of one request, across flushes, each app apart`, async () => {
    for (let attempt = 1; attempt <= 70; attempt++) {
      store.record(exchange('looping', attempt));
      if (attempt % 20 === 0) await store.flush();
    }
    store.record(exchange('looping', 1, 'globex'));
    const found = await store.find(['acme'], 'looping');
    expect(found).toHaveLength(SUPPORT_MAX_EXCHANGES_PER_REQUEST);
    expect(found[0].attempt).toBe(70 - SUPPORT_MAX_EXCHANGES_PER_REQUEST + 1);
    expect(found.at(-1)?.attempt).toBe(70);
    expect(await store.find(['globex'], 'looping')).toHaveLength(1);
  });

  it('writes what is waiting before the application shuts down', async () => {
    store.record(exchange('at-shutdown', 1));
    await store.beforeApplicationShutdown();
    const raw = await redis.connect().lrangeBuffer(redis.keys.key('{support:acme}', 'exchanges', 'at-shutdown'), 0, -1);
    expect(raw).toHaveLength(1);
    // The key already names the app and the request; a lookup puts them back.
    expect(decodeExchange(raw[0])).not.toHaveProperty('app');
    expect(decodeExchange(raw[0])).not.toHaveProperty('requestId');
    expect(await store.find(['acme'], 'at-shutdown')).toEqual([exchange('at-shutdown', 1)]);
  });

  it('leaves out a record it cannot read (written by a newer version) and returns the rest', async () => {
    store.record(exchange('mixed', 1));
    await store.flush();
    await redis.connect().rpush(redis.keys.key('{support:acme}', 'exchanges', 'mixed'), Buffer.of(0x7f, 0x01));
    expect(await store.find(['acme'], 'mixed')).toEqual([exchange('mixed', 1)]);
  });

  it('still finds exchanges kept under the key layout used before the per-app hash tag', async () => {
    const { app: _app, requestId: _requestId, ...stored } = exchange('kept-before', 3);
    await redis.connect().rpush(redis.keys.key('support', 'exchanges', 'acme', 'kept-before'), JSON.stringify({ requestId: 'kept-before', app: 'acme', ...stored }));
    expect(await store.find(['acme'], 'kept-before')).toEqual([exchange('kept-before', 3)]);
    expect(await store.find(['globex'], 'kept-before')).toEqual([]);
  });
});
