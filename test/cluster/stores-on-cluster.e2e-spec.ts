import calculateSlot from 'cluster-key-slot';
import type { Cluster } from 'ioredis';
import { createRedisConnection, IdempotencyStore, RedisKeys, whenRedisReady, type RedisConnection } from '#common';
import { JobStore, jobIdFor, UpstreamFollowers, WatchStore, DEFAULT_JOB_STORE_OPTIONS } from '#jobs';
import { SharedTokenStore } from '#migo-auth';
import { PrivateCluster, uniquePrefix } from '#test-support';
import { RedisThrottlerStorage } from '../../apps/bff/src/rate-limit/redis-throttler.storage.js';
import { SupportExchangeStore } from '../../apps/bff/src/support/support-exchange-store.js';

/**
 * The stores' real operations on a 3-master Redis Cluster, through the same connection factory as the processes:
 * every script, transaction and multi-key read stays in one slot (a CROSSSLOT, or a pipeline over two nodes, would
 * reject), and the keys of different apps land on different masters.
 */
describe('the stores on a Redis Cluster', () => {
  let cluster: PrivateCluster;
  let redis: RedisConnection;
  let admin: Cluster;
  let keys: RedisKeys;
  const apps = Array.from({ length: 12 }, (_, i) => `app${i}`);

  beforeAll(async () => {
    cluster = await PrivateCluster.start();
    redis = createRedisConnection(cluster.redisEnv(), 'request', 'stores-spec');
    expect(await whenRedisReady(redis, 10_000)).toBe(true);
    admin = cluster.connect();
    keys = new RedisKeys(uniquePrefix('cluster-stores'));
  }, 60_000);
  afterAll(async () => {
    await redis.quit();
    await cluster.dispose();
  });

  const masterOfSlot = async (key: string) => cluster.masterOf(key);

  it('job store: create, update, list, events, open and finished jobs, for apps spread over the masters', async () => {
    const store = new JobStore(redis, keys);
    for (const app of apps) {
      const id = jobIdFor(app, 'middleware.payment-link', `trx_${app}`);
      const { created } = await store.create({ id, app, type: 'middleware.payment-link', upstream: { service: 'middleware', id: `trx_${app}` }, partnerId: 'acme' });
      expect(created).toBe(true);
      expect((await store.update(app, id, () => ({ state: 'running', progress: { percent: 50 } }))).outcome).toBe('changed');
      expect((await store.activeJobs(app)).map((job) => job.id)).toEqual([id]);
      expect((await store.update(app, id, () => ({ state: 'succeeded', result: { outcome: 'approved' } }))).record?.state).toBe('succeeded');
      expect((await store.list(app, { limit: 10 })).items.map((job) => job.id)).toEqual([id]);
      expect((await store.list(app, { limit: 10, partnerId: 'acme' })).items).toHaveLength(1);
      expect((await store.eventsAfter(app, '0-0')).events.map((event) => event.record.state)).toEqual(['queued', 'running', 'succeeded']);
      expect(await store.finishedSince(app, 0)).toHaveLength(1);
    }
    const masters = new Set(await Promise.all(apps.map((app) => masterOfSlot(store.jobKey(app, 'x')))));
    expect(masters.size).toBe(3);
  });

  it('watch store: create, apply, list, events, delete', async () => {
    const store = new WatchStore(redis, keys, DEFAULT_JOB_STORE_OPTIONS);
    for (const app of apps.slice(0, 4)) {
      const created = await store.create({ app, type: 'middleware.subscription', upstreamId: `sub_${app}`, partnerId: 'acme', cursor: { n: 0 }, limit: 5 });
      if (created.outcome !== 'created') throw new Error(created.outcome);
      const read = (await store.withCursor(app, created.record.id))!;
      expect((await store.apply(read.record, read.cursor, { changes: [{ kind: 'renewal-charged' }], cursor: { n: 1 } })).outcome).toBe('applied');
      expect((await store.list(app, { limit: 10 })).items).toHaveLength(1);
      expect(await store.events(app, created.record.id)).toHaveLength(1);
      expect(await store.delete((await store.get(app, created.record.id))!)).toBe(true);
    }
  });

  it('idempotency: claim, complete, replay, unknown, per app scope', async () => {
    const store = new IdempotencyStore(redis, keys);
    const intent = { fingerprint: 'fp', kind: 'wallet.card-transfer', reference: 'bff_0123456789abcdef01234567', hints: { fromCardId: 5001 } };
    for (const app of apps.slice(0, 6)) {
      const begun = await store.begin(app, 'key-1', intent);
      if (begun.kind !== 'started') throw new Error(begun.kind);
      expect(await store.begin(app, 'key-1', intent)).toEqual({ kind: 'in-flight' });
      await store.complete(app, begun.keyHash, begun.attempt, intent, { status: 201, headers: {}, body: { id: 1 } });
      expect((await store.begin(app, 'key-1', intent)).kind).toBe('replay');
      const second = await store.begin(app, 'key-2', intent);
      if (second.kind !== 'started') throw new Error(second.kind);
      await store.markUnknown(app, second.keyHash, second.attempt, intent, 'upstream-unanswered');
      expect((await store.begin(app, 'key-2', intent)).kind).toBe('unknown');
    }
    expect((await store.scopes()).sort()).toEqual(apps.slice(0, 6).sort());
  });

  it('token store: fenced write, lock, expire, forget, per credential', async () => {
    const store = new SharedTokenStore(redis, keys);
    for (const name of ['wallet', 'cms', 'middleware']) {
      const owner = (await store.tryLock(name, 5000))!;
      expect(owner).toBeDefined();
      expect(await store.isLocked(name)).toBe(true);
      expect(await store.extendLock(name, owner, 5000)).toBe(true);
      const { written } = await store.write(name, { accessToken: `at-${name}`, accessExpiresAt: Date.now() + 60_000, obtainedAt: Date.now() }, 0);
      expect(written).toBe(true);
      expect((await store.read(name))?.accessToken).toBe(`at-${name}`);
      expect(await store.expireAccess(name, `at-${name}`)).toBe(true);
      await store.unlock(name, owner);
      await store.forget(name);
    }
  });

  it('support capture: exchanges of several apps written and found in one search', async () => {
    const store = new SupportExchangeStore(redis, keys);
    const exchange = (app: string) => ({ requestId: 'req-1', app, upstream: 'wallet' as const, method: 'GET', url: '/rest/users/1', outcome: 200, attempt: 1, startedAt: new Date().toISOString(), durationMs: 3, requestHeaders: {}, requestBody: null, responseHeaders: {}, responseBody: null });
    for (const app of apps.slice(0, 6)) store.record(exchange(app));
    await store.flush();
    expect((await store.find(apps.slice(0, 6), 'req-1')).map((entry) => entry.app).sort()).toEqual(apps.slice(0, 6).sort());
  });

  it('rate-limit counters, followers and early-poll gates', async () => {
    const limiter = new RedisThrottlerStorage(redis, keys);
    for (const app of apps.slice(0, 4)) expect((await limiter.increment(app, 60_000, 10, 0, 'app')).isBlocked).toBe(false);
    const followers = new UpstreamFollowers(redis, keys);
    await followers.add('middleware.payment-link', 'trx_1', 'job_a', 60);
    await followers.add('middleware.payment-link', 'trx_1', 'job_b', 60);
    expect((await followers.of('middleware.payment-link', 'trx_1')).sort()).toEqual(['job_a', 'job_b']);
    expect(await followers.claimEarlyPoll('middleware.payment-link', 'trx_1', 1000)).toBe(true);
    expect(await followers.claimEarlyPoll('middleware.payment-link', 'trx_1', 1000)).toBe(false);
  });

  it('BullMQ keys and job-store keys of one app each keep to one slot', () => {
    const store = new JobStore(redis, keys);
    expect(new Set([store.jobKey('a', '1'), store.jobKey('a', '2'), store.eventsKey('a')].map((key) => calculateSlot(key))).size).toBe(1);
    expect(calculateSlot(store.jobKey('a', '1'))).not.toBe(calculateSlot(store.jobKey('b', '1')));
  });

  it('keeps no key outside the test prefix', async () => {
    const found: string[] = [];
    for (const port of await cluster.masterPorts()) {
      const node = admin.nodes('master').find((n) => n.options.port === port)!;
      found.push(...(await node.keys('*')));
    }
    expect(found.filter((key) => !key.startsWith(keys.prefix))).toEqual([]);
  });
});
