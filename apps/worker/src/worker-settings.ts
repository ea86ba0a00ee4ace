import type { WorkerEnv } from './config/worker.config.js';

export const WORKER_SETTINGS = Symbol('WORKER_SETTINGS');

export interface WorkerSettings {
  concurrency: number;
  pollsPerSecond: number;
  minPollMs: number;
  maxPollMs: number;
  streamSliceMs: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** How often each watch polls its object. */
  watchPollMs: number;
}

export function workerSettings(env: WorkerEnv): WorkerSettings {
  return {
    concurrency: env.TRACKER_CONCURRENCY,
    pollsPerSecond: env.TRACKER_POLLS_PER_SECOND,
    minPollMs: env.TRACKER_MIN_POLL_MS,
    maxPollMs: Math.max(env.TRACKER_MAX_POLL_MS, env.TRACKER_MIN_POLL_MS),
    streamSliceMs: env.TRACKER_STREAM_SLICE_MS,
    lockDurationMs: env.WORKER_LOCK_DURATION_MS,
    stalledIntervalMs: env.WORKER_STALLED_INTERVAL_MS,
    watchPollMs: env.WATCH_POLL_MS,
  };
}
