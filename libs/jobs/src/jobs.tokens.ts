/** The job store (JobStore), the producer side of tracking (JobTracking) and the job settings (JobsEnv). */
export const JOB_STORE = Symbol('JOB_STORE');
export const JOB_TRACKING = Symbol('JOB_TRACKING');
export const JOBS_ENV = Symbol('JOBS_ENV');
/** The watch store (WatchStore) and the producer side of watches (WatchTracking). */
export const WATCH_STORE = Symbol('WATCH_STORE');
export const WATCH_TRACKING = Symbol('WATCH_TRACKING');
/** Which tracked jobs follow an upstream object (upstream-followers.ts). */
export const UPSTREAM_FOLLOWERS = Symbol('UPSTREAM_FOLLOWERS');
/** The tracker queues by name (ReadonlyMap<string, Queue>), for whoever moves a tracker's next step (poll-hints.ts). */
export const TRACKER_QUEUE_MAP = Symbol('TRACKER_QUEUE_MAP');
