import type { Redis } from 'ioredis';
import { testRedis, TestRedis } from '#test-support';
import { DEFAULT_JOB_STORE_OPTIONS, JobStore } from '../job-store.js';
import { WatchStore } from './watch-store.js';

describe('WatchStore: watches, their cursors and their events in Redis', () => {
  let redis: TestRedis;
  let client: Redis;
  let store: WatchStore;
  let jobs: JobStore;

  beforeAll(() => {
    redis = testRedis('watch-store');
    client = redis.connect();
    store = new WatchStore(client, redis.keys, DEFAULT_JOB_STORE_OPTIONS);
    jobs = new JobStore(client, redis.keys);
  });
  afterAll(() => redis.cleanup());

  const newWatch = (upstreamId: string, limit = 10) => ({ app: 'acme', type: 'middleware.subscription', upstreamId, partnerId: 'acme', cursor: { n: 0 }, limit });

  it('writes a poll once: a second step that read the same cursor (a re-run after a restart) writes nothing', async () => {
    const created = await store.create(newWatch('sub_once'));
    if (created.outcome !== 'created') throw new Error(created.outcome);
    const read = (await store.withCursor('acme', created.record.id))!;
    const poll = { changes: [{ kind: 'renewal-charged', entry: { uid: 'trx_1' } }], cursor: { n: 1 } };
    const first = await store.apply(read.record, read.cursor, poll);
    const rerun = await store.apply(read.record, read.cursor, poll);
    expect([first.outcome, first.eventIds.length, rerun.outcome, rerun.eventIds.length]).toEqual(['applied', 1, 'stale', 0]);
    expect((await store.get('acme', created.record.id))!.events).toBe(1);
    // On the app's one stream, after its job events, read as a watch event (and skipped by the job-only reader).
    const events = await store.events('acme', created.record.id);
    expect(events.map((event) => [event.id, event.data.change])).toEqual([[first.eventIds[0], poll.changes[0]]]);
    expect((await jobs.streamEventsAfter('acme', '0-0')).events.filter((event) => event.watch?.watchId === created.record.id)).toHaveLength(1);
    expect((await jobs.eventsAfter('acme', '0-0')).events.every((event) => event.record)).toBe(true);
  });

  it('ends a watch in the same step as its last events, and then takes no more', async () => {
    const created = await store.create(newWatch('sub_end'));
    if (created.outcome !== 'created') throw new Error(created.outcome);
    const read = (await store.withCursor('acme', created.record.id))!;
    await store.apply(read.record, read.cursor, { changes: [{ kind: 'status-changed', from: 'active', to: 'inactive' }], cursor: { n: 9 }, ended: 'subscription inactive' });
    expect(await store.get('acme', created.record.id)).toMatchObject({ state: 'ended', endReason: 'subscription inactive', events: 1 });
    const after = (await store.withCursor('acme', created.record.id))!;
    expect((await store.apply(after.record, after.cursor, { changes: [{ kind: 'late' }], cursor: { n: 10 } })).outcome).toBe('stale');
    // The object can be watched again: a new watch.
    const again = await store.create(newWatch('sub_end'));
    expect(again.outcome === 'created' && again.record.id !== created.record.id).toBe(true);
  });

  it('counts only active watches against the limit, atomically under concurrent creation', async () => {
    const app = 'limited';
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => store.create({ ...newWatch(`sub_${i}`, 3), app })));
    expect(results.filter((result) => result.outcome === 'created')).toHaveLength(3);
    expect(results.filter((result) => result.outcome === 'limit')).toHaveLength(5);
    const one = results.find((result) => result.outcome === 'created')!;
    if (one.outcome === 'limit') throw new Error('unreachable');
    expect(await store.delete(one.record)).toBe(true);
    expect(await store.delete(one.record)).toBe(false);
    expect(await store.activeCount(app)).toBe(2);
    expect((await store.create({ ...newWatch('sub_9', 3), app })).outcome).toBe('created');
  });
});
