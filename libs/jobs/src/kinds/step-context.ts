import type { JobProgress } from '../job-dto.js';
import type { JobRecord } from '../job-record.js';
import type { JobStore } from '../job-store.js';
import type { TrackerJobData } from '../job-types.js';
import { jobKindOf } from './registry.js';
import type { StepContext } from './tracker.js';

function isBehind(next: JobProgress, current: JobProgress): boolean {
  return next.percent < current.percent || (next.processed ?? 0) < (current.processed ?? 0);
}

/** A tracker reporting an outcome its kind does not declare is a bug: refused, never stored for apps to meet. */
export function declaredOutcome(type: string, outcome: string | undefined): string | null {
  if (outcome === undefined) return null;
  if (!jobKindOf(type)?.outcomes?.includes(outcome)) throw new Error(`Job kind ${type} declares no outcome ${outcome}`);
  return outcome;
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
      const declared = declaredOutcome(record.type, outcome);
      await store.update(app, jobId, (current) => ({ state: 'succeeded', result, outcome: declared, progress: progress ?? { ...current.progress, percent: 100 } }));
    },
    async fail(code: string, message: string, result?: unknown, progress?: JobProgress) {
      await store.update(app, jobId, () => ({ state: 'failed', error: { code, message }, ...(result === undefined ? {} : { result }), ...(progress ? { progress } : {}) }));
    },
  };
}
