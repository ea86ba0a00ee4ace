import { Queue, Worker } from 'bullmq';
import { IdempotencyStore, WriteIntent } from '#common';
import { bullConnection, bullPrefix, RECONCILE_JOB, reconcileJobId, RECONCILER_QUEUE, ReconcileJobData } from '#jobs';
import { testRedis, TestRedis, testRedisEnv } from '#test-support';
import { WorkerMetrics } from '../observability/worker-metrics.js';
import { KeySweeper } from './key-sweeper.js';

const SETTINGS = { retentionMs: 24 * 3_600_000, leaseMs: 1000, settleMs: 60_000, sweepMs: 1000 };
const transfer: WriteIntent = { fingerprint: 'fp', kind: 'wallet.card-transfer', reference: 'bff_bbbbbbbbbbbbbbbbbbbbbbbb', hints: { cardId: 5001 } };

/** The sweeper with a real BullMQ queue: what it hands out, and that a failed reconcile job does not block its key. */
describe('KeySweeper', () => {
  let redis: TestRedis;
  let store: IdempotencyStore;
  let queue: Queue<ReconcileJobData>;
  let sweeper: KeySweeper;
  const scope = `app-${Math.random().toString(36).slice(2, 8)}`;

  beforeAll(() => {
    redis = testRedis('key-sweeper');
    store = new IdempotencyStore(redis.connect(), redis.keys, SETTINGS, 'bff-instance');
    queue = new Queue<ReconcileJobData>(RECONCILER_QUEUE, { connection: redis.connect(), prefix: bullPrefix(redis.prefix) });
    sweeper = new KeySweeper(store, queue, new WorkerMetrics());
  });
  afterAll(async () => {
    await queue.close();
    await redis.cleanup();
  });

  /** Runs the queue's waiting reconcile jobs through `handle`, then stops; answers how many ran. */
  async function drain(handle: (data: ReconcileJobData) => Promise<void>): Promise<number> {
    let ran = 0;
    const worker = new Worker<ReconcileJobData>(RECONCILER_QUEUE, async (job) => (ran++, handle(job.data)), { connection: bullConnection(testRedisEnv(), 'worker'), prefix: bullPrefix(redis.prefix), autorun: false });
    worker.on('error', () => undefined);
    const idle = new Promise<void>((resolve) => worker.on('drained', resolve));
    void worker.run();
    await idle;
    await worker.close();
    return ran;
  }

  it('hands an unknown key out again after its reconcile job failed (a Redis fault mid-reconcile must not block the key)', async () => {
    const begun = await store.begin(scope, `key-${Math.random()}`, transfer);
    if (begun.kind !== 'started') throw new Error(begun.kind);
    await store.markUnknown(scope, begun.keyHash, begun.attempt, transfer, 'upstream-unanswered');
    await store.registerScopes([scope]);
    const jobId = reconcileJobId(scope, begun.keyHash);

    expect(await sweeper.sweep()).toMatchObject({ queued: 1 });
    expect(await queue.getJob(jobId)).toMatchObject({ name: RECONCILE_JOB, data: { app: scope, keyHash: begun.keyHash, reference: transfer.reference } });
    // The reconcile job fails (say Redis froze under it).
    expect(
      await drain(async () => {
        throw new Error('Command timed out');
      }),
    ).toBe(1);
    expect(await queue.getJob(jobId)).toBeUndefined();

    // Once due again (the sweeper held it back), the next sweep queues it again, and this time it runs.
    await store.recheckAt(scope, begun.keyHash, Date.now() - 1);
    expect(await sweeper.sweep()).toMatchObject({ queued: 1 });
    const seen: string[] = [];
    expect(await drain(async (data) => void seen.push(data.keyHash))).toBe(1);
    expect(seen).toEqual([begun.keyHash]);
  });
});
