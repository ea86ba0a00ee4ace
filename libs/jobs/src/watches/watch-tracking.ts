import type { Queue } from 'bullmq';
import { queueFor } from '../job-types.js';
import type { UpstreamName } from '#migo-http';
import type { UpstreamFollowers } from '../upstream-followers.js';
import type { WatchRecord } from './watch-record.js';
import { watchTypeOf } from './registry.js';

/**
 * BullMQ data of a watch's poller. It runs in its upstream's tracker queue, so its polls count against the same
 * global poll limiter as the trackers'. The BullMQ job's id is the watch's id. Never a secret.
 */
export interface WatchJobData {
  kind: 'watch';
  app: string;
  watchId: string;
  type: string;
  upstreamId: string;
  /** Set by a callback's hint (poll-hints.ts) for the next poll only; the runner clears it. */
  hinted?: boolean;
}

export function isWatchJobData(data: unknown): data is WatchJobData {
  return !!data && typeof data === 'object' && (data as { kind?: unknown }).kind === 'watch';
}

/**
 * How long a watch stays findable by a callback about its object (it has no deadline; each new or repeated POST of the
 * watch renews this). Past it, a callback no longer speeds the watch up; its scheduled polls go on.
 */
const FOLLOWER_SECONDS = 35 * 24 * 3600;

/** The producer side of watches (the BFF): the poller of a new watch, and its removal when the app deletes it. */
export class WatchTracking {
  constructor(
    private readonly queues: ReadonlyMap<string, Queue>,
    private readonly followers?: UpstreamFollowers,
  ) {}

  private queue(type: string): Queue {
    const upstream: UpstreamName | undefined = watchTypeOf(type)?.upstream;
    const queue = upstream ? this.queues.get(queueFor(upstream)) : undefined;
    if (!queue) throw new Error(`No queue for watch type ${type}`);
    return queue;
  }

  /** Starts polling after `firstDelayMs` (the BFF has just read the object). Adding it again is a no-op (same id). */
  async start(record: WatchRecord, firstDelayMs: number): Promise<void> {
    const data: WatchJobData = { kind: 'watch', app: record.app, watchId: record.id, type: record.type, upstreamId: record.upstreamId };
    await this.queue(record.type).add(`watch:${record.type}`, data, { jobId: record.id, delay: firstDelayMs });
    await this.followers?.add(record.type, record.upstreamId, record.id, FOLLOWER_SECONDS);
  }

  /** Removes a deleted watch's poller; a step running now sees the watch is no longer active and stops. */
  async stop(record: WatchRecord): Promise<void> {
    await this.queue(record.type)
      .remove(record.id)
      .catch(() => undefined);
    await this.followers?.drop(record.type, record.upstreamId, record.id);
  }
}
