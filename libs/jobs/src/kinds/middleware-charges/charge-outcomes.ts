import type { JobProgress } from '../../job-dto.js';
import type { EntryOutcome, RejectionReason } from './charge-history.js';
import type { ChargeRow, ChargeTarget } from './charges.kind.js';

/** A row's outcome, once known. */
export type FoundOutcome = EntryOutcome | { status: 'rejected'; reason: RejectionReason };

/** `no-outcome`: Migo's history never showed the row by the tracking deadline. */
export type ChargeRowStatus = FoundOutcome['status'] | 'no-outcome';

export interface ChargeRowResult {
  row: number;
  subscriptionId: string;
  amount: number;
  status: ChargeRowStatus;
  paymentId?: string;
  reason?: string;
}

export interface ChargeResult {
  client: string;
  batchId?: string | null;
  trackingId?: string;
  total: number;
  approved: number;
  declined: number;
  rejected: number;
  noOutcome: number;
  rows: ChargeRowResult[];
}

/**
 * How a charge job that succeeded (every row has an outcome) ended: every row approved, some approved and some
 * declined or rejected, or none approved.
 */
export const CHARGE_OUTCOMES = ['all-approved', 'partially-declined', 'all-declined'] as const;
export type ChargeOutcome = (typeof CHARGE_OUTCOMES)[number];

export function chargeOutcomeOf(result: Pick<ChargeResult, 'total' | 'approved'>): ChargeOutcome {
  if (result.approved === result.total) return 'all-approved';
  return result.approved === 0 ? 'all-declined' : 'partially-declined';
}

/**
 * What the tracker carries from one step to the next (BullMQ job data, re-read after a crash): the outcomes found so
 * far by row, and the subscriptions already confirmed to belong to the batch's client.
 */
export interface ChargeMemory {
  outcomes: Record<string, FoundOutcome>;
  checked: string[];
}

export function memoryOf(memory: unknown): ChargeMemory {
  const candidate = memory as Partial<ChargeMemory> | undefined;
  return {
    outcomes: candidate?.outcomes && typeof candidate.outcomes === 'object' ? { ...candidate.outcomes } : {},
    checked: Array.isArray(candidate?.checked) ? [...candidate.checked] : [],
  };
}

/** The history entries rows of this job were settled with (each settles one row at most). */
export function claimedEntries(memory: ChargeMemory): Set<string> {
  return new Set(Object.values(memory.outcomes).flatMap((outcome) => ('paymentId' in outcome ? [outcome.paymentId] : [])));
}

export function openRows(rows: readonly ChargeRow[], memory: ChargeMemory): ChargeRow[] {
  return rows.filter((row) => !Object.hasOwn(memory.outcomes, String(row.row)));
}

/** Open rows grouped by subscription, so each subscription's history is read once per step. */
export function openRowsBySubscription(rows: readonly ChargeRow[], memory: ChargeMemory): Map<string, ChargeRow[]> {
  const groups = new Map<string, ChargeRow[]>();
  for (const row of openRows(rows, memory)) {
    const group = groups.get(row.subscriptionId);
    if (group) group.push(row);
    else groups.set(row.subscriptionId, [row]);
  }
  return groups;
}

function countsOf(rows: readonly ChargeRow[], memory: ChargeMemory) {
  const counts = { approved: 0, declined: 0, rejected: 0, processed: 0 };
  for (const row of rows) {
    const outcome = memory.outcomes[String(row.row)];
    if (!outcome) continue;
    counts[outcome.status]++;
    counts.processed++;
  }
  return counts;
}

export function progressOf(rows: readonly ChargeRow[], memory: ChargeMemory): JobProgress {
  const { processed, approved, declined } = countsOf(rows, memory);
  const total = rows.length;
  return { percent: total === 0 ? 100 : Math.floor((processed * 100) / total), processed, total, approved, declined };
}

/** Every requested row with its outcome; rows still open are `no-outcome` (the result is only built at the end). */
export function resultOf(target: ChargeTarget, memory: ChargeMemory): ChargeResult {
  const { approved, declined, rejected, processed } = countsOf(target.rows, memory);
  const rows = [...target.rows]
    .sort((a, b) => a.row - b.row)
    .map((row): ChargeRowResult => ({ row: row.row, subscriptionId: row.subscriptionId, amount: row.amount, ...(memory.outcomes[String(row.row)] ?? { status: 'no-outcome' }) }));
  const id = target.type === 'middleware.charge-batch' ? { batchId: target.batchId } : { trackingId: target.trackingId };
  return { client: target.client, ...id, total: target.rows.length, approved, declined, rejected, noOutcome: target.rows.length - processed, rows };
}
