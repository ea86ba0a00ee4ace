import { randomUUID } from 'node:crypto';
import { eventually, SseFollower, TEST_APPS } from '#test-support';
import { ClusterStack } from './cluster-stack.js';

const TERMINAL = new Set(['succeeded', 'failed', 'cancelled']);

/**
 * A master of the cluster dies during a run of keyed transfers and tracked jobs (3 masters with a replica each, 1 s
 * cluster-node-timeout); its replica takes over. The BFFs wait for one replica's acknowledgement of every idempotency
 * claim and job record (REDIS_MIN_REPLICA_ACKS=1), so what they acted on survives the promotion.
 */
describe('a Redis Cluster master failing over during a run (e2e)', () => {
  let stack: ClusterStack;

  beforeAll(async () => {
    stack = await ClusterStack.start({ cluster: { replicas: 1, nodeTimeoutMs: 1000 }, env: { REDIS_MIN_REPLICA_ACKS: '1' } });
  }, 90_000);
  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  it('applies no keyed transfer twice, loses no job, and SSE clients resume without missing an event', async () => {
    const follower = new SseFollower(`${stack.bffUrls[1]}/v1/events`, { authorization: `Bearer ${TEST_APPS.all.key}` });
    await eventually(async () => (follower.connections > 0 ? true : undefined), 10_000);

    // Transfers: a new key every round until the failovers are over, every key sent again and again, to both BFFs,
    // until it has its answer (201) from each.
    const keys = Array.from({ length: 4 }, () => randomUUID());
    const statuses: number[] = [];
    let sending = true;
    const settled = new Map<string, Set<number>>(keys.map((key) => [key, new Set()]));
    const giveUpAt = Date.now() + 90_000;
    const transfers = (async () => {
      while ((sending || [...settled.values()].some((bffs) => bffs.size < 2)) && Date.now() < giveUpAt) {
        if (sending && keys.length < 24) {
          const key = randomUUID();
          keys.push(key);
          settled.set(key, new Set());
        }
        await Promise.all(
          keys.flatMap((key) =>
            [0, 1]
              .filter((bff) => !settled.get(key)!.has(bff))
              .map(async (bff) => {
                const answer = await stack.transfer(bff, key).catch(() => undefined);
                if (!answer) return;
                statuses.push(answer.status);
                if (answer.status === 201) settled.get(key)!.add(bff);
              }),
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    // Jobs: uploads started before and during the failover (a 503 while the slot has no master is retried).
    const jobIds: string[] = [];
    const startJob = async (bff: number, firstCard: number) => {
      const id = await eventually(() => stack.startUpload(bff, 4, firstCard).catch(() => undefined), 40_000, 200);
      jobIds.push(id);
    };
    await Promise.all([startJob(0, 5101), startJob(1, 5105)]);

    // The masters of the app's job keys and of its idempotency keys (the same one, or two failed over in turn).
    const targets = [...new Set([await stack.cluster.masterOf('{app:all}'), await stack.cluster.masterOf('{all}')])];
    const windows: Array<{ clusterOkMs: number; replicaBackMs: number }> = [];
    const recovery = (async () => {
      for (const master of targets) {
        const killedAt = Date.now();
        expect(await stack.cluster.killMaster(master)).not.toBe(master);
        const clusterOkMs = Date.now() - killedAt;
        // The promoted master has no replica left: claims and job records on its slots cannot be acknowledged (503)
        // until the dead node comes back, as its replica.
        await stack.cluster.restart(master);
        windows.push({ clusterOkMs, replicaBackMs: Date.now() - killedAt });
      }
    })();
    await Promise.all([startJob(0, 5109), startJob(1, 5113)]);
    await recovery;
    sending = false;
    await Promise.all([startJob(0, 5117), startJob(1, 5121)]);

    // Every accepted job reaches a terminal state; every key was applied exactly once.
    const finals = await Promise.all(
      jobIds.map((id) =>
        eventually(async () => {
          const job = await stack.call(0, 'GET', `/v1/jobs/${id}`).catch(() => undefined);
          return job?.status === 200 && TERMINAL.has(job.body.state) ? job.body : undefined;
        }, 45_000, 200),
      ),
    );
    // Finished at Migo's word: succeeded, or rejected by Migo (a start retried after a 503 sends the same cards again,
    // which Migo refuses as already assigned); never failed by the tracking itself.
    const verdicts = finals.map((job) => (job.state === 'succeeded' ? 'succeeded' : job.error?.code));
    process.stdout.write(`failover jobs: ${JSON.stringify(finals.map((job) => [job.state, job.error?.code, job.result?.rows?.[0]?.errors?.[0]?.message]))}\n`);
    expect(verdicts.every((verdict) => verdict === 'succeeded' || verdict === 'upload-rejected')).toBe(true);
    expect([...verdicts.slice(0, 2), ...verdicts.slice(4)]).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
    await transfers;
    // At most once each; exactly once where a client was told it succeeded.
    for (const key of keys) {
      const applied = await stack.transfersApplied(key);
      expect(applied).toBeLessThanOrEqual(1);
      if (settled.get(key)!.size > 0) expect(applied).toBe(1);
    }
    expect([...settled.values()].filter((bffs) => bffs.size > 0).length).toBeGreaterThan(4);
    expect(statuses.every((status) => [201, 409, 503].includes(status))).toBe(true);

    // The SSE client, made to reconnect once more with its Last-Event-ID, has every job's terminal event, each event once.
    follower.reconnect();
    await follower.waitFor((events) => jobIds.every((id) => events.some((event) => event.event === 'job' && event.data.id === id && TERMINAL.has(event.data.state))), 20_000);
    const ids = follower.events.filter((event) => event.event === 'job').map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    // …and every event the app's stream holds now, whoever wrote it.
    const stream = await stack.cluster.connect().xrange(`${stack.prefix}:{app:all}:events`, '-', '+');
    const seen = new Set(ids);
    expect(stream.map(([id]) => id).filter((id) => !seen.has(id))).toEqual([]);
    await follower.stop();

    expect(stack.unhandled()).toEqual([]);
    process.stdout.write(`failovers (ms after each kill): ${JSON.stringify(windows)}; transfer answers: ${JSON.stringify(countBy(statuses))}\n`);
  }, 120_000);
});

function countBy(values: number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
