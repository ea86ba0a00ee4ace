import type { JobProgress, JobRecord } from '../job-record.js';
import type { JobStore } from '../job-store.js';
import type { TrackerJobData } from '../job-types.js';
import type { StepContext } from './tracker.js';

function isBehind(next: JobProgress, current: JobProgress): boolean {
  return next.percent < current.percent || (next.processed ?? 0) < (current.processed ?? 0);
}

/** What a tracker step may do to its job, backed by the job store (each call writes and announces only a real change). */
export function createStepContext(store: JobStore, record: JobRecord, data: TrackerJobData, signal: AbortSignal, sliceMs: number): StepContext {
  const { app, id: jobId } = record;
  return {
    target: data.target,
    job: record,
    data,
    signal,
    sliceMs,
    async progress(progress: JobProgress) {
      // A step whose lock lapsed (Redis away, a paused worker) may still run beside its re-run: never step back.
      await store.update(app, jobId, (current) => (isBehind(progress, current.progress) ? {} : { state: 'running', progress }));
    },
    async succeed(result: unknown, progress?: JobProgress, outcome?: string) {
      await store.update(app, jobId, (current) => ({ state: 'succeeded', result, outcome: outcome ?? null, progress: progress ?? { ...current.progress, percent: 100 } }));
    },
    async fail(code: string, message: string, result?: unknown, progress?: JobProgress) {
      await store.update(app, jobId, () => ({ state: 'failed', error: { code, message }, ...(result === undefined ? {} : { result }), ...(progress ? { progress } : {}) }));
    },
  };
}
