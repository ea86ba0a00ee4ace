/** The job store (JobStore), the producer side of tracking (JobTracking) and the job settings (JobsEnv). */
export const JOB_STORE = Symbol('JOB_STORE');
export const JOB_TRACKING = Symbol('JOB_TRACKING');
export const JOBS_ENV = Symbol('JOBS_ENV');
/** The watch store (WatchStore) and the producer side of watches (WatchTracking). */
export const WATCH_STORE = Symbol('WATCH_STORE');
export const WATCH_TRACKING = Symbol('WATCH_TRACKING');
