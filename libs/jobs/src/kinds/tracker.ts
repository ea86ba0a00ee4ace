import type { JobProgress } from '../job-dto.js';
import type { JobRecord } from '../job-record.js';
import type { TrackerJobData } from '../job-types.js';

/** What a tracker step can do to its job. Each call writes (and announces) only a real change. */
export interface StepContext<T extends { type: string } = { type: string }> {
  target: T;
  job: JobRecord;
  data: TrackerJobData;
  /** Aborted when the worker shuts down: end the step early, progress is saved and it resumes. */
  signal: AbortSignal;
  /** The longest a step should hold its slot (a tracker reading a stream stops after this and re-arms). */
  sliceMs: number;
  progress(progress: JobProgress): Promise<void>;
  /** `outcome`: how the work ended, for kinds that list outcomes (`JobKind.outcomes`); stored at the job's top level. */
  succeed(result: unknown, progress?: JobProgress, outcome?: string): Promise<void>;
  fail(code: string, message: string, result?: unknown, progress?: JobProgress): Promise<void>;
}

/**
 * `done`: the job is finished (or was cancelled). Otherwise poll again; `changed` resets the adaptive interval and
 * `memory` (when given) is what the next step finds in `context.data.memory`.
 */
export type StepResult = { done: true } | { done: false; changed: boolean; retryAfterMs?: number; delayMs?: number; memory?: unknown };

/** Follows one kind of upstream work, a step at a time (the kind's descriptor names its tracker). */
export interface Tracker<T extends { type: string } = { type: string }> {
  step(context: StepContext<T>): Promise<StepResult>;
  /**
   * Called once the tracking deadline has passed, instead of the generic `deadline-exceeded` failure, for trackers
   * that can end the job with what they know (a partial result). If it throws or leaves the job open, the generic
   * failure applies.
   */
  onDeadline?(context: StepContext<T>): Promise<void>;
}
