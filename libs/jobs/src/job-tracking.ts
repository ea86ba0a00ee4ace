import { Queue } from 'bullmq';
import type { KeepJobs } from 'bullmq';
import { awaitReplicationOfSlot, logRedisErrors } from '#common';
import type { RedisConnection, ReplicaAcks } from '#common';
import { JobStore } from './job-store.js';
import { jobIdFor } from './job-id.js';
import { JobRecord } from './job-record.js';
import { JobType, queueFor, TRACKER_QUEUES, TrackerJobData, TrackerTarget, upstreamOf } from './job-types.js';
import type { UpstreamFollowers } from './upstream-followers.js';

export interface StartTracking {
  app: string;
  target: TrackerTarget;
  /** The upstream id the job is derived from (batch id, reference, uid…). */
  upstreamId: string;
  partnerId?: string;
  deadlineSeconds: number;
  /** First poll after this long (the upstream work has just started). */
  firstDelayMs?: number;
}

/**
 * What the workers keep of a finished tracker (set once on each BullMQ Worker, not in every job's stored options: ~70 B
 * a tracked job). A finished tracker's BullMQ job is removed at once: the job record (terminal from then on) is what
 * stops the same upstream work from being tracked again, so the BullMQ copy would only cost Redis memory. A tracker
 * that crashed is kept a day for whoever investigates. A tracker step is never retried by BullMQ (one attempt, its
 * default): the runner re-arms it itself.
 */
export const TRACKER_RETENTION: { removeOnComplete: KeepJobs; removeOnFail: KeepJobs } = { removeOnComplete: { count: 0 }, removeOnFail: { age: 24 * 3600 } };

/**
 * The producer side of tracking, used by the BFF: records the job (idempotently: the same upstream work gives the
 * same job) and enqueues its tracker under the same id (so it can never run twice).
 */
/** How the producer makes sure a tracker it added is on replicas: a connection to write through, and how many acks. */
export interface TrackerReplication {
  redis: RedisConnection;
  bullPrefix: string;
  acks: ReplicaAcks;
}

export class JobTracking {
  constructor(
    private readonly store: JobStore,
    private readonly queues: ReadonlyMap<string, Queue>,
    /** Where a callback about the upstream object finds the jobs following it (poll-hints.ts). */
    private readonly followers?: UpstreamFollowers,
    /** REDIS_MIN_REPLICA_ACKS: a started job's tracker must be on replicas too, or a failover could lose it. */
    private readonly replication?: TrackerReplication,
  ) {}

  /** Over the tracker queues, given in TRACKER_QUEUES order; their connection errors are logged as `<label>-<queue>`. */
  static over(store: JobStore, trackerQueues: Queue[], label: string, followers?: UpstreamFollowers, replication?: TrackerReplication): JobTracking {
    for (const [i, queue] of trackerQueues.entries()) logRedisErrors(queue, `${label}-${TRACKER_QUEUES[i]}`);
    return new JobTracking(store, new Map(TRACKER_QUEUES.map((name, i) => [name, trackerQueues[i]])), followers, replication);
  }

  async start(request: StartTracking): Promise<JobRecord> {
    const type: JobType = request.target.type;
    const id = jobIdFor(request.app, type, request.upstreamId);
    const { record, created } = await this.store.create({
      id,
      app: request.app,
      type,
      upstream: { service: upstreamOf(type), id: request.upstreamId },
      partnerId: request.partnerId,
    });
    if (created || record.state === 'queued' || record.state === 'running') {
      const data: TrackerJobData = { app: request.app, target: request.target, deadlineAt: Date.now() + request.deadlineSeconds * 1000, steps: 0, nextDelayMs: 0 };
      await this.followers?.add(type, request.upstreamId, id, request.deadlineSeconds);
      await this.queue(type).add(type, data, { jobId: id, delay: request.firstDelayMs ?? 0 });
      if (this.replication) await awaitReplicationOfSlot(this.replication.redis, `${this.replication.bullPrefix}:${queueFor(type)}`, this.replication.acks);
    }
    return record;
  }

  /** Stops tracking: the job ends `cancelled` (if not finished) and its tracker is removed when it is not running. */
  async cancel(app: string, id: string): Promise<JobRecord | undefined> {
    const updated = await this.store.update(app, id, () => ({ state: 'cancelled', error: { code: 'cancelled', message: 'Tracking was stopped by the app' } }));
    if (updated.outcome === 'missing') return undefined;
    const record = updated.record!;
    await this.queue(record.type)
      .remove(id)
      .catch(() => undefined); // a running step sees the cancellation and stops by itself
    return record;
  }

  private queue(type: JobType): Queue {
    const queue = this.queues.get(queueFor(type));
    if (!queue) throw new Error(`No queue for ${type}`);
    return queue;
  }
}
