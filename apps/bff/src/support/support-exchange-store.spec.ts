import type { UpstreamExchange } from '#migo-http';
import { testRedis, TestRedis } from '#test-support';
import { decodeSegment, parsePointers } from './exchange-codec.js';
import type { SupportEntry } from './support-entries.js';
import { SUPPORT_FLUSH_BATCH, SUPPORT_MAX_EXCHANGES_PER_REQUEST, SUPPORT_RETENTION_SECONDS, SupportExchangeStore } from './support-exchange-store.js';

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

/** These specs record exchanges only. */
const exchanges = (entries: SupportEntry[]) => entries as UpstreamExchange[];

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
    const found = exchanges(await store.find(['acme'], 'just-now'));
    expect(found.map((e) => e.url)).toEqual(['/rest/cards/5001']);
  });

  it('writes a burst of exchanges from many requests in one command per batch, not one round trip each', async () => {
    await store.flush();
    const before = writesSeen;
    const requests = 3 * SUPPORT_FLUSH_BATCH;
    for (let i = 0; i < requests; i++) store.record(exchange(`burst-${i}`, 1));
    await store.flush();
    expect(writesSeen - before).toBe(3);
    const samples = await Promise.all([0, SUPPORT_FLUSH_BATCH, requests - 1].map(async (i) => exchanges(await store.find(['acme'], `burst-${i}`))));
    expect(samples.map((found) => found.length)).toEqual([1, 1, 1]);
  });

  it(`keeps the latest ${SUPPORT_MAX_EXCHANGES_PER_REQUEST} exchanges of one request, across flushes, each app apart`, async () => {
    for (let attempt = 1; attempt <= 70; attempt++) {
      store.record(exchange('looping', attempt));
      if (attempt % 20 === 0) await store.flush();
    }
    store.record(exchange('looping', 1, 'globex'));
    const found = exchanges(await store.find(['acme'], 'looping'));
    expect(found).toHaveLength(SUPPORT_MAX_EXCHANGES_PER_REQUEST);
    expect(found[0].attempt).toBe(70 - SUPPORT_MAX_EXCHANGES_PER_REQUEST + 1);
    expect(found.at(-1)?.attempt).toBe(70);
    expect(exchanges(await store.find(['globex'], 'looping'))).toHaveLength(1);
  });

  const hourNow = () => Math.floor(Date.now() / 3_600_000);
  const bucket = (app: string, hour = hourNow()) => redis.keys.key(`{support:${app}}`, 'requests', hour);
  /** In this hour's bucket, or the last one's when the flush came just before the hour turned. */
  const pointersOf = async (app: string, requestId: string) => {
    const client = redis.connect();
    return parsePointers(((await client.hget(bucket(app), requestId)) ?? (await client.hget(bucket(app, hourNow() - 1), requestId)))!);
  };

  it('writes what is waiting before the application shuts down', async () => {
    store.record(exchange('at-shutdown', 1));
    await store.beforeApplicationShutdown();
    const client = redis.connect();
    const [pointer] = await pointersOf('acme', 'at-shutdown');
    const segmentKey = redis.keys.key('{support:acme}', 'segment', pointer.segmentId);
    expect(await client.ttl(segmentKey)).toBeGreaterThan(SUPPORT_RETENTION_SECONDS - 60);
    // The keys already name the app and the request; a lookup puts them back.
    const stored = decodeSegment<Record<string, unknown>>((await client.getBuffer(segmentKey))!)[pointer.index];
    expect(stored).not.toHaveProperty('app');
    expect(stored).not.toHaveProperty('requestId');
    expect(exchanges(await store.find(['acme'], 'at-shutdown'))).toEqual([exchange('at-shutdown', 1)]);
  });

  it('deflates one segment per app and flush, whatever the number of requests in it', async () => {
    await store.flush();
    for (let i = 0; i < 40; i++) store.record(exchange(`segment-${i}`, 1, i % 2 ? 'acme' : 'globex'));
    await store.flush();
    const pointers = await Promise.all(Array.from({ length: 40 }, (_, i) => pointersOf(i % 2 ? 'acme' : 'globex', `segment-${i}`)));
    expect(new Set(pointers.map(([pointer], i) => `${i % 2}:${pointer.segmentId}`)).size).toBe(2);
  });

  it('finds a request across hours, and keeps each hour of requests 7 days past its end', async () => {
    // 10 ms before the next hour of the real clock: a fixed date would fall out of the 7-day retention (Redis drops a
    // key whose expiry is past at once) a week after it was written.
    const nextHour = (Math.floor(Date.now() / 3_600_000) + 1) * 3_600_000;
    let now = nextHour - 10;
    const clocked = new SupportExchangeStore(redis.connect(), redis.keys, () => now);
    clocked.record(exchange('across-hours', 1));
    await clocked.flush();
    now += 20;
    clocked.record(exchange('across-hours', 2));
    expect((exchanges(await clocked.find(['acme'], 'across-hours'))).map((e) => e.attempt)).toEqual([1, 2]);
    const firstHour = nextHour / 3_600_000 - 1;
    const expiresAt = Number(await redis.connect().call('EXPIRETIME', bucket('acme', firstHour)));
    expect(expiresAt).toBe(nextHour / 1000 + SUPPORT_RETENTION_SECONDS);
    expect(await redis.connect().hexists(bucket('acme', firstHour + 1), 'across-hours')).toBe(1);
  });

  it('leaves out what it cannot read (unknown pointers, an expired segment, a broken plain record) and returns the rest', async () => {
    store.record(exchange('mixed', 1));
    await store.flush();
    const client = redis.connect();
    await client.hset(bucket('acme', hourNow() - 1), 'mixed', 'gone-0:0');
    await client.hset(bucket('acme', hourNow() - 2), 'mixed', '\x7fnewer-format');
    await client.rpush(redis.keys.key('{support:acme}', 'exchanges', 'mixed'), 'not json');
    expect(exchanges(await store.find(['acme'], 'mixed'))).toEqual([exchange('mixed', 1)]);
  });

  it('still finds exchanges kept as plain JSON in a request list, as before segments', async () => {
    const { app: _app, requestId: _requestId, ...stored } = exchange('kept-plain', 2);
    await redis.connect().rpush(redis.keys.key('{support:acme}', 'exchanges', 'kept-plain'), JSON.stringify(stored));
    expect(exchanges(await store.find(['acme'], 'kept-plain'))).toEqual([exchange('kept-plain', 2)]);
  });

  it('still finds exchanges kept under the key layout used before the per-app hash tag', async () => {
    const { app: _app, requestId: _requestId, ...stored } = exchange('kept-before', 3);
    await redis.connect().rpush(redis.keys.key('support', 'exchanges', 'acme', 'kept-before'), JSON.stringify({ requestId: 'kept-before', app: 'acme', ...stored }));
    expect(exchanges(await store.find(['acme'], 'kept-before'))).toEqual([exchange('kept-before', 3)]);
    expect(exchanges(await store.find(['globex'], 'kept-before'))).toEqual([]);
  });
});
