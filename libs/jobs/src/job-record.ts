import type { JobType } from './kinds/registry.js';

/** Public job states (never raw BullMQ states). */
export type JobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export const TERMINAL_STATES: readonly JobState[] = ['succeeded', 'failed', 'cancelled'];

export function isTerminal(state: JobState): boolean {
  return TERMINAL_STATES.includes(state);
}

export interface JobProgress {
  percent: number;
  processed?: number;
  total?: number;
  succeeded?: number;
  failed?: number;
  /** Charges: rows Migo approved / declined so far. */
  approved?: number;
  declined?: number;
  /** Free-form upstream status (e.g. "processing", "IN_PROGRESS"). */
  status?: string;
}

export interface JobError {
  code: string;
  message: string;
}

/** What the store keeps for a job. */
export interface JobRecord {
  id: string;
  app: string;
  type: JobType;
  state: JobState;
  progress: JobProgress;
  result: unknown;
  error: JobError | null;
  /**
   * How the work ended, for kinds whose success can still be a "no" (a declined payment is a succeeded job): set with
   * `succeeded`, null otherwise and for kinds without one. Each kind lists its values (`JobKind.outcomes`).
   */
  outcome: string | null;
  upstream: { service: string; id: string };
  partnerId?: string;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

/** What counts as "a change" (an event is written only when this differs): state, progress, result, error. */
export function changeKeyOf(record: Pick<JobRecord, 'state' | 'progress' | 'error'> & { result: unknown }): string {
  return JSON.stringify([record.state, record.progress, record.error, record.result === null || record.result === undefined ? 0 : 1]);
}
