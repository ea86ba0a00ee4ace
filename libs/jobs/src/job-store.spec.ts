import type { Redis } from 'ioredis';
import { testRedis, TestRedis } from '#test-support';
import { jobIdFor } from './job-id.js';
import { JobStore } from './job-store.js';

describe('JobStore: records and events in Redis', () => {
  let redis: TestRedis;
  let client: Redis;
  let store: JobStore;
  let scriptCalls = 0;

  beforeAll(() => {
    redis = testRedis('job-store');
    client = redis.connect();
    const send = client.sendCommand.bind(client);
    client.sendCommand = ((command: Parameters<typeof client.sendCommand>[0]) => {
      if (/^eval/i.test(command.name)) scriptCalls++;
      return send(command);
    }) as typeof client.sendCommand;
    store = new JobStore(client, redis.keys);
  });
  afterAll(() => redis.cleanup());

  const newLink = (upstreamId: string, partnerId?: string) => ({
    id: jobIdFor('acme', 'middleware.payment-link', upstreamId),
    app: 'acme',
    type: 'middleware.payment-link' as const,
    upstream: { service: 'middleware', id: upstreamId },
    ...(partnerId ? { partnerId } : {}),
  });

  it('reads back exactly what it wrote, with and without a partner, result or error', async () => {
    const { record, created } = await store.create(newLink('trx_roundtrip', 'acme'));
    expect(created).toBe(true);
    expect(await store.get('acme', record.id)).toEqual(record);

    const bare = (await store.create(newLink('trx_no_partner'))).record;
    expect(await store.get('acme', bare.id)).toEqual(bare);
    expect(bare).not.toHaveProperty('partnerId');

    const done = await store.update('acme', record.id, () => ({ state: 'succeeded', progress: { percent: 100, status: 'approved' }, result: { outcome: 'approved', paymentId: 'pay_1' } }));
    expect(done.outcome).toBe('changed');
    expect(await store.get('acme', record.id)).toEqual(done.record);
    expect(done.record).toMatchObject({ result: { outcome: 'approved', paymentId: 'pay_1' }, error: null, finishedAt: expect.any(String) });

    const failed = await store.update('acme', bare.id, () => ({ state: 'failed', error: { code: 'deadline', message: 'Migo did not finish in time' } }));
    expect(await store.get('acme', bare.id)).toEqual(failed.record);
  });

  it('creating the same job again returns the stored one; an update that changes nothing writes no event', async () => {
    const first = await store.create(newLink('trx_again'));
    const again = await store.create(newLink('trx_again'));
    expect(again).toEqual({ record: first.record, created: false });

    const before = await store.latestEventId('acme');
    const running = await store.update('acme', first.record.id, () => ({ state: 'running', progress: { percent: 0, status: 'created' } }));
    expect(running.outcome).toBe('changed');
    const callsBefore = scriptCalls;
    expect(await store.update('acme', first.record.id, () => ({ state: 'running', progress: { percent: 0, status: 'created' } }))).toMatchObject({ outcome: 'unchanged' });
    expect(scriptCalls).toBe(callsBefore); // known unchanged from the record just read: no write attempted
    const { events } = await store.eventsAfter('acme', before);
    expect(events.map((e) => [e.id, e.record])).toEqual([[running.eventId, running.record]]);
  });

  it('keeps a typical job in compact encodings: every hash value short, events with shared field names', async () => {
    const { record } = await store.create(newLink('trx_compact', 'acme'));
    await store.update('acme', record.id, () => ({ state: 'running', progress: { percent: 0, status: 'created' } }));
    const key = store.jobKey('acme', record.id);
    expect(await client.object('ENCODING', key)).toBe('listpack');

    // The same record in the earlier layout (one JSON value of the whole record): the new one takes about half.
    const legacyKey = redis.keys.key('legacy-layout', record.id);
    const stored = (await store.get('acme', record.id))!;
    await client.hset(legacyKey, 'json', JSON.stringify(stored), 'state', stored.state, 'changeKey', JSON.stringify([stored.state, stored.progress, null, 0]), 'rev', '2');
    const [now, before] = await Promise.all([client.memory('USAGE', key), client.memory('USAGE', legacyKey)]);
    expect(Number(now)).toBeLessThan(Number(before) * 0.65);
  });

  it('still reads and updates records and events written in the one-JSON-field layout', async () => {
    const id = jobIdFor('acme', 'middleware.payment-link', 'trx_legacy');
    const legacy = {
      id,
      app: 'acme',
      type: 'middleware.payment-link',
      state: 'running',
      progress: { percent: 0, status: 'created' },
      result: null,
      error: null,
      upstream: { service: 'middleware', id: 'trx_legacy' },
      createdAt: '2026-11-28T10:00:00.000Z',
      updatedAt: '2026-11-28T10:00:01.000Z',
      finishedAt: null,
    };
    const json = JSON.stringify(legacy);
    const key = store.jobKey('acme', id);
    await client.hset(key, 'json', json, 'state', 'running', 'changeKey', JSON.stringify(['running', legacy.progress, null, 0]), 'rev', '2');
    const before = await store.latestEventId('acme');
    const legacyEventId = await client.xadd(store.eventsKey('acme'), '*', 'e', json);

    expect(await store.get('acme', id)).toEqual({ ...legacy, outcome: null });
    const replay = await store.eventsAfter('acme', before);
    expect(replay.events).toEqual([{ id: legacyEventId, record: expect.objectContaining({ id, state: 'running', upstream: legacy.upstream }) }]);

    const done = await store.update('acme', id, () => ({ state: 'succeeded', progress: { percent: 100 }, result: { outcome: 'approved' } }));
    expect(done.outcome).toBe('changed');
    expect(await client.hexists(key, 'json')).toBe(0);
    expect(await store.get('acme', id)).toEqual(done.record);
    expect(done.record).toMatchObject({ createdAt: legacy.createdAt, state: 'succeeded' });
  });

  it('stores times as epoch milliseconds and no service, and still reads fields written with ISO times and a service', async () => {
    const fresh = await store.create({ id: jobIdFor('acme', 'middleware.payment-link', 'trx_layout'), app: 'acme', type: 'middleware.payment-link', upstream: { service: 'middleware', id: 'trx_layout' } });
    const stored = await client.hgetall(store.jobKey('acme', fresh.record.id));
    expect(stored.createdAt).toBe(String(Date.parse(fresh.record.createdAt)));
    expect(stored).not.toHaveProperty('service');
    expect(await store.get('acme', fresh.record.id)).toEqual(fresh.record);

    const id = jobIdFor('acme', 'middleware.payment-link', 'trx_iso');
    const key = store.jobKey('acme', id);
    await client.hset(key, 'id', id, 'app', 'acme', 'type', 'middleware.payment-link', 'state', 'running', 'progress', '{"percent":0}', 'result', '', 'error', '', 'service', 'middleware', 'upstreamId', 'trx_iso', 'partnerId', '', 'createdAt', '2026-11-28T10:00:00.000Z', 'updatedAt', '2026-11-28T10:00:01.000Z', 'finishedAt', '', 'ck', 'x', 'rev', '1');
    expect(await store.get('acme', id)).toMatchObject({ upstream: { service: 'middleware', id: 'trx_iso' }, createdAt: '2026-11-28T10:00:00.000Z', updatedAt: '2026-11-28T10:00:01.000Z', finishedAt: null });
    const done = await store.update('acme', id, () => ({ state: 'succeeded', progress: { percent: 100 } }));
    expect(await client.hexists(key, 'service')).toBe(0);
    expect(await client.hget(key, 'createdAt')).toBe(String(Date.parse('2026-11-28T10:00:00.000Z')));
    expect(await store.get('acme', id)).toEqual(done.record);
    expect(done.record).toMatchObject({ upstream: { service: 'middleware' }, createdAt: '2026-11-28T10:00:00.000Z', finishedAt: expect.any(String) });
  });

  it('lists every active job in pages, none skipped when jobs finish while it reads, and the jobs finished since a time', async () => {
    const app = `pages-${Date.now()}`;
    const ids: string[] = [];
    // More than a set keeps in its compact encoding (128), so SSCAN really answers in pages.
    for (let i = 0; i < 300; i++) {
      const upstreamId = `trx_page_${i}`;
      ids.push((await store.create({ id: jobIdFor(app, 'middleware.payment-link', upstreamId), app, type: 'middleware.payment-link', upstream: { service: 'middleware', id: upstreamId } })).record.id);
    }
    const since = Date.now();
    // Finish two jobs while the pages are read (each page read is followed by one finish).
    const read = client.sscan.bind(client);
    let finishing = [ids[0], ids[1]];
    let pages = 0;
    client.sscan = (async (...args: Parameters<typeof read>) => {
      const page = await read(...args);
      pages++;
      const next = finishing.shift();
      if (next) await store.update(app, next, () => ({ state: 'succeeded', progress: { percent: 100 } }));
      return page;
    }) as typeof client.sscan;
    try {
      const active = (await store.activeJobs(app, 20)).map((job) => job.id);
      expect(pages).toBeGreaterThan(2);
      // None skipped, none twice, oldest first. A job that finished after its page was read may be listed as it was
      // then (its terminal event follows live).
      expect(new Set(active).size).toBe(active.length);
      expect(active).toEqual(expect.arrayContaining(ids.slice(2)));
    } finally {
      client.sscan = read;
    }
    const after = await store.activeJobs(app);
    expect(after.map((job) => job.id).sort()).toEqual(ids.slice(2).sort());
    const created = after.map((job) => Date.parse(job.createdAt));
    expect(created).toEqual([...created].sort((a, b) => a - b));
    finishing = [];
    expect((await store.finishedSince(app, since, 1)).map((job) => job.id)).toEqual([ids[0], ids[1]]);
    expect(await store.finishedSince(app, Date.now() + 60_000)).toEqual([]);
  });
});
