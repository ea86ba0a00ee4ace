import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { RedisKeys, ReplicaAcksMissingError } from '#common';
import { PrivateRedis } from '#test-support';
import { bullPrefix } from './bullmq-connection.js';
import { JobStore } from './job-store.js';
import { JobTracking } from './job-tracking.js';
import { TRACKER_QUEUES } from './job-types.js';

/**
 * With REDIS_MIN_REPLICA_ACKS, a started job is acted on only once a replica holds both its record and its tracker
 * (the tracker goes through BullMQ's own connection): a failover right after cannot leave a job nobody tracks. The
 * store here waits for nothing, so what is checked is the tracker's wait alone.
 */
describe('a started job waits for its tracker to be on a replica', () => {
  let master: PrivateRedis;
  let replica: PrivateRedis;
  let client: Redis;
  let queues: Queue[];
  let tracking: JobTracking;
  const keys = new RedisKeys('replication-spec');
  const acks = { replicas: 1, timeoutMs: 2000 }; // generous: the suite shares two cores

  beforeAll(async () => {
    [master, replica] = await Promise.all([PrivateRedis.start(), PrivateRedis.start()]);
    const onMaster = master.connect();
    await onMaster.config('SET', 'repl-diskless-sync-delay', '0'); // its default 5 s wait for more replicas is not the point
    const admin = replica.connect();
    await admin.replicaof('127.0.0.1', master.port);
    // Synced as the master sees it: WAIT counts only replicas the master holds online.
    for (let i = 0; !/slave0:.*state=online/.test(await onMaster.info('replication')); i++) {
      if (i > 400) throw new Error('the replica did not sync within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all([admin.quit(), onMaster.quit()]);
    client = master.connect();
    queues = TRACKER_QUEUES.map((name) => new Queue(name, { connection: { url: master.url }, prefix: bullPrefix(keys.prefix) }));
    const store = new JobStore(client, keys, { historyMs: 3_600_000, historyMaxEvents: 1000, retentionMs: 3_600_000 });
    tracking = JobTracking.over(store, queues, 'spec', undefined, { redis: client, bullPrefix: bullPrefix(keys.prefix), acks });
  });
  afterAll(async () => {
    await Promise.all((queues ?? []).map((queue) => queue.close()));
    await client?.quit();
    await Promise.all([master?.dispose(), replica?.dispose()]);
  });

  const start = (upstreamId: string) =>
    tracking.start({ app: 'spec-app', target: { type: 'wallet.statement', cardId: 5001, month: 1, year: 2026 }, upstreamId, deadlineSeconds: 60 } as never);

  it('answers once the replica holds the record and the tracker', async () => {
    const record = await start('5001-2026-01');
    const onReplica = replica.connect();
    const trackerKey = `${bullPrefix(keys.prefix)}:${TRACKER_QUEUES.find((name) => name.includes('wallet'))}:${record.id}`;
    expect(await onReplica.exists(trackerKey)).toBe(1);
    await onReplica.quit();
  });

  it('refuses to act on a job when no replica acknowledges (the replica is down)', async () => {
    await replica.stop();
    await expect(start('5001-2026-02')).rejects.toBeInstanceOf(ReplicaAcksMissingError);
    await replica.restart();
  });
});
