import type { Provider } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { PollHints, TRACKER_QUEUE_MAP, UPSTREAM_FOLLOWERS, UpstreamFollowers } from '#jobs';

export const POLL_HINTS = Symbol('POLL_HINTS');

/** Hints go straight to the tracker queues (JobsCoreModule's, global): an early poll is the tracker's next step, now. */
export function pollHintsProvider(minIntervalMs: number): Provider {
  return {
    provide: POLL_HINTS,
    useFactory: (followers: UpstreamFollowers, queues: ReadonlyMap<string, Queue>) => new PollHints(followers, queues, minIntervalMs),
    inject: [UPSTREAM_FOLLOWERS, TRACKER_QUEUE_MAP],
  };
}
