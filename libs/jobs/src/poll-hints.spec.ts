import { Queue } from 'bullmq';
import { testRedis, TestRedis, testRedisEnv } from '#test-support';
import { bullConnection, bullPrefix } from './bullmq-connection.js';
import { JobStore } from './job-store.js';
import { JobTracking } from './job-tracking.js';
import { queueFor, TRACKER_QUEUES } from './job-types.js';
import { PollHints } from './poll-hints.js';
import { UpstreamFollowers } from './upstream-followers.js';

/** Real Redis and BullMQ queues, no worker: what a hint does to the trackers following an object. */
describe('PollHints', () => {
  let redis: TestRedis;
  let queues: Queue[];
  let followers: UpstreamFollowers;
  let tracking: JobTracking;
  let hints: PollHints;
  const link = { type: 'middleware.payment-link' as const, uid: 'trx_hinted' };
  const middleware = () => queues[TRACKER_QUEUES.indexOf(queueFor('middleware.payment-link'))];

  beforeAll(() => {
    redis = testRedis('poll-hints');
    const connection = redis.connect();
    queues = TRACKER_QUEUES.map((name) => new Queue(name, { connection: bullConnection(testRedisEnv(), 'worker'), prefix: bullPrefix(redis.prefix) }));
    followers = new UpstreamFollowers(connection, redis.keys);
    tracking = JobTracking.over(new JobStore(connection, redis.keys), queues, 'spec', followers);
    hints = new PollHints(followers, new Map(TRACKER_QUEUES.map((name, i) => [name, queues[i]])), 60_000);
  });
  afterAll(async () => {
    await Promise.all(queues.map((queue) => queue.close()));
    await redis.cleanup();
  });

  it('moves every app’s delayed tracker of the object to now, once per interval, and drops trackers that are gone', async () => {
    const acme = await tracking.start({ app: 'acme', target: link, upstreamId: link.uid, deadlineSeconds: 60, firstDelayMs: 60_000 });
    const globex = await tracking.start({ app: 'globex', target: link, upstreamId: link.uid, deadlineSeconds: 60, firstDelayMs: 60_000 });
    const other = await tracking.start({ app: 'acme', target: { ...link, uid: 'trx_other' }, upstreamId: 'trx_other', deadlineSeconds: 60, firstDelayMs: 60_000 });
    expect((await followers.of(link.type, link.uid)).sort()).toEqual([acme.id, globex.id].sort());

    expect(await hints.hint(link.type, link.uid)).toBe(2);
    expect(await (await middleware().getJob(acme.id))!.getState()).toBe('waiting');
    expect(await (await middleware().getJob(globex.id))!.getState()).toBe('waiting');
    expect(await (await middleware().getJob(other.id))!.getState()).toBe('delayed'); // another object: untouched

    // Within the interval, however many hints: nothing more is asked for.
    expect(await Promise.all(Array.from({ length: 20 }, () => hints.hint(link.type, link.uid)))).toEqual(Array(20).fill(0));

    // A tracker that finished (its BullMQ job removed) leaves the index at the next hint that finds it gone.
    await middleware().remove(other.id);
    expect(await hints.hint(link.type, 'trx_other')).toBe(0);
    expect(await followers.of(link.type, 'trx_other')).toEqual([]);
  });

  it('does nothing for an object nobody follows, and bounds the index by the tracking deadline', async () => {
    expect(await hints.hint(link.type, 'trx_nobody')).toBe(0);
    await tracking.start({ app: 'initech', target: { ...link, uid: 'trx_ttl' }, upstreamId: 'trx_ttl', deadlineSeconds: 60, firstDelayMs: 60_000 });
    const ttl = await redis.connect().pttl(redis.keys.key('followers', link.type, 'trx_ttl'));
    expect(ttl).toBeGreaterThan(60_000);
    expect(ttl).toBeLessThanOrEqual(60_000 + 3600_000);
  });
});
