import { getQueueToken } from '@nestjs/bullmq';
import type { Provider } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { PollHints, TRACKER_QUEUES, UPSTREAM_FOLLOWERS, UpstreamFollowers } from '#jobs';

export const POLL_HINTS = Symbol('POLL_HINTS');

/** Hints go straight to the tracker queues (JobsCoreModule's, global): an early poll is the tracker's next step, now. */
export function pollHintsProvider(minIntervalMs: number): Provider {
  return {
    provide: POLL_HINTS,
    useFactory: (followers: UpstreamFollowers, ...queues: Queue[]) => new PollHints(followers, new Map(TRACKER_QUEUES.map((name, i) => [name, queues[i]])), minIntervalMs),
    inject: [UPSTREAM_FOLLOWERS, ...TRACKER_QUEUES.map((name) => getQueueToken(name))],
  };
}
