import type { Queue } from 'bullmq';
import { queueFor } from './job-types.js';
import { jobKindOf } from './kinds/registry.js';
import type { FollowerType, UpstreamFollowers } from './upstream-followers.js';
import { watchTypeOf } from './watches/registry.js';

/** The tracker queue a job kind's trackers or a watch type's pollers run in (their upstream's). */
function queueOf(type: FollowerType): string | undefined {
  const upstream = jobKindOf(type)?.upstream ?? watchTypeOf(type)?.upstream;
  return upstream ? queueFor(upstream) : undefined;
}

/**
 * A hint that an upstream object may have changed (one of Migo's unsigned callbacks): the trackers and watches
 * following it poll now instead of at their scheduled time. That is all a hint can do. The poll's answer is what the job records; an early
 * poll is an ordinary tracker step, so it waits its turn in the worker's per-upstream poll budget like any other; and
 * per object at most one early poll is asked for per `minIntervalMs`, so a flood of hints cannot make polls by itself.
 */
export class PollHints {
  constructor(
    private readonly followers: UpstreamFollowers,
    private readonly queues: ReadonlyMap<string, Queue>,
    private readonly minIntervalMs: number,
  ) {}

  /** How many pollers were moved forward (0 when none follows the object, or one was moved forward just before). */
  async hint(type: FollowerType, upstreamId: string): Promise<number> {
    if (!(await this.followers.claimEarlyPoll(type, upstreamId, this.minIntervalMs))) return 0;
    const name = queueOf(type);
    const queue = name ? this.queues.get(name) : undefined;
    if (!queue) throw new Error(`No queue for ${type}`);
    let promoted = 0;
    for (const jobId of await this.followers.of(type, upstreamId)) {
      const tracker = await queue.getJob(jobId);
      if (!tracker) {
        await this.followers.drop(type, upstreamId, jobId); // finished: its BullMQ job is removed at once
        continue;
      }
      try {
        // A watch's poll reads one of several things in turn: the hinted one reads where a change shows up first.
        if (watchTypeOf(type)) await tracker.updateData({ ...(tracker.data as object), hinted: true });
        await tracker.promote();
        promoted++;
      } catch {
        // Not delayed (running or already waiting): it polls soon anyway.
      }
    }
    return promoted;
  }
}
