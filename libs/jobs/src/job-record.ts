import type { JobDto, JobState } from './job-dto.js';

export const TERMINAL_STATES: readonly JobState[] = ['succeeded', 'failed', 'cancelled'];

export function isTerminal(state: JobState): boolean {
  return TERMINAL_STATES.includes(state);
}

/**
 * What the store keeps for a job: the public fields (job-dto.ts, one source with the document) and the owning app.
 * `outcome`: how the work ended, for kinds whose success can still be a "no" (a declined payment is a succeeded job):
 * set with `succeeded`, null otherwise and for kinds without one. Each kind lists its values (`JobKind.outcomes`).
 */
export type JobRecord = Omit<JobDto, 'links'> & { app: string };

/** What counts as "a change" (an event is written only when this differs): state, progress, result, error. */
export function changeKeyOf(record: Pick<JobRecord, 'state' | 'progress' | 'error'> & { result: unknown }): string {
  return JSON.stringify([record.state, record.progress, record.error, record.result === null || record.result === undefined ? 0 : 1]);
}
