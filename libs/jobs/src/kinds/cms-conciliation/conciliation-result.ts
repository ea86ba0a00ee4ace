import { BatchFrame, CONCILIATION_STATUSES, ConciliationEntry, ConciliationStatus } from '#cms';

/** Entries kept in the job itself; the result CSV (`GET /v1/jobs/{id}/result`) has them all. */
export const MAX_ENTRIES_IN_JOB = 1000;

export interface ConciliationResult {
  batchId: string;
  status: string;
  /** Entries in all: the file's rows plus the captured payments it lacks. */
  total: number;
  /** How many entries have each status (every status listed, zero included). */
  summary: Record<ConciliationStatus, number>;
  /** The first MAX_ENTRIES_IN_JOB entries, in Migo's order. */
  rows: ConciliationEntry[];
  truncated: boolean;
}

/** How a reconciled file ended: every entry matched, or some discrepancy (mismatch, missing on either side, invalid row). */
export const CONCILIATION_OUTCOMES = ['all-matched', 'discrepancies'] as const;

export function conciliationOutcomeOf(result: Pick<ConciliationResult, 'total' | 'summary'>): (typeof CONCILIATION_OUTCOMES)[number] {
  return result.summary.matched === result.total ? 'all-matched' : 'discrepancies';
}

/** The job's result from a finished batch's terminal frame. */
export function conciliationResultOf(frame: BatchFrame): ConciliationResult {
  const entries = (frame.results ?? []) as ConciliationEntry[];
  const summary = Object.fromEntries(CONCILIATION_STATUSES.map((status) => [status, 0])) as Record<ConciliationStatus, number>;
  for (const entry of entries) if (entry.status in summary) summary[entry.status as ConciliationStatus]++;
  return {
    batchId: frame.batchId,
    status: frame.status,
    total: entries.length,
    summary,
    rows: entries.slice(0, MAX_ENTRIES_IN_JOB),
    truncated: entries.length > MAX_ENTRIES_IN_JOB,
  };
}
