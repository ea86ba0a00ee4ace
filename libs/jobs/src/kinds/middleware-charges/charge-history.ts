import type { PaymentHistoryEntry, Subscription } from '#middleware';
import type { ChargeRow, ChargeTarget } from './charges.kind.js';
import { UpstreamError } from '#migo-http';

/**
 * How a charge row's outcome is read from Migo's payment history. Migo documents no batch status and no history entry
 * fields, so every rule here is an assumption (docs/upstream-assumptions.md, "Tracking Middleware work"); this file is
 * the one place to change when Migo says otherwise.
 */

/** What a history entry says about the row it settles: declined rows keep Migo's reason. */
export type EntryOutcome = { status: 'approved'; paymentId: string } | { status: 'declined'; paymentId: string; reason?: string };

/** Why a row can never get an outcome: Migo refuses (or silently skips) charges of such subscriptions. */
export type RejectionReason = 'subscription_not_found' | 'subscription_of_another_client';

/** Clocks of Migo, the BFF and the worker may differ this much: the matching window is widened by it. */
export const CLOCK_SKEW_MS = 60_000;

/** Amounts compared in Migo's units (at most 4 decimals), never as floats. */
const unitsOf = (amount: number) => Math.round(amount * 10_000);

/** Entry times in ms; an entry without a readable time is treated as outside every window. */
const timeOf = (entry: PaymentHistoryEntry) => Date.parse(entry.createdAt);

/** Whether an entry's `source` (when Migo shows one) names this job's batch or CSV, and which row of it. */
function sourceRowOf(target: ChargeTarget, entry: PaymentHistoryEntry): number | undefined {
  const { source } = entry;
  if (!source) return undefined;
  if (target.type === 'middleware.charge-batch') return source.type === 'on-demand' && source.batchId === target.batchId ? source.row : undefined;
  return source.type === 'csv' && source.trackingId === target.trackingId ? source.row : undefined;
}

export interface MatchWindow {
  /** When the charges were submitted (ms); entries before it (less the skew margin) are older charges. */
  submittedAt: number;
  now: number;
}

/**
 * Which history entry settles which of a subscription's open rows. Migo documents no field naming the batch or CSV
 * row a charge came from, so an entry matches a row on what the docs do show: the same subscription, the same amount,
 * created between the submission and now (each widened by CLOCK_SKEW_MS), with a final status (`outcomeOf`).
 * - Each entry settles at most one row of the job, ever (`claimed`: the entries earlier steps assigned).
 * - Rows of the same amount take the matching entries in time order: the lowest row the oldest entry (Migo charges
 *   a batch's rows in order, as far as anyone can tell; rows that only differ in their position are interchangeable).
 * - A `source`, when an entry has one (the simulator can show it; Migo may not), only breaks ties: an entry naming
 *   this job's row settles that row (its newest entry, should there be two), one naming anything else (a scheduled
 *   renewal, another batch) settles no row of this job.
 * Without `source`, a renewal or another batch's charge of the same subscription and amount in the window cannot be
 * told apart from the row's own charge, and may settle it (docs/upstream-assumptions.md, "Issue 16: risky assumptions fixed").
 */
export function matchEntries(target: ChargeTarget, rows: readonly ChargeRow[], entries: readonly PaymentHistoryEntry[], claimed: ReadonlySet<string>, window: MatchWindow): Map<number, PaymentHistoryEntry> {
  const from = window.submittedAt - CLOCK_SKEW_MS;
  const to = window.now + CLOCK_SKEW_MS;
  const open = new Map(rows.map((row) => [row.row, row]));
  const matched = new Map<number, PaymentHistoryEntry>();
  const anonymous: PaymentHistoryEntry[] = [];
  // A batch the reconciler found without its id cannot be named by a `source`: its entries match like any other.
  const sourceNamesJob = target.type === 'middleware.csv-charges' || target.batchId !== null;
  // Migo lists newest first: a stable reversal puts the oldest first without relying on equal timestamps.
  for (const entry of [...entries].reverse()) {
    const time = timeOf(entry);
    if (claimed.has(entry.uid) || !outcomeOf(entry) || !(time >= from && time <= to)) continue;
    if (!entry.source || !sourceNamesJob) {
      anonymous.push(entry);
      continue;
    }
    const row = sourceRowOf(target, entry);
    if (row !== undefined && open.has(row)) matched.set(row, entry); // the newest naming a row wins
  }
  const waiting = [...open.values()].filter((row) => !matched.has(row.row)).sort((a, b) => a.row - b.row);
  for (const entry of anonymous) {
    const index = waiting.findIndex((row) => unitsOf(row.amount) === unitsOf(entry.amount));
    if (index === -1) continue;
    matched.set(waiting[index].row, entry);
    waiting.splice(index, 1);
  }
  return matched;
}

/** `approved` / `denied` settle a row; any other status is taken as "not settled yet". */
export function outcomeOf(entry: PaymentHistoryEntry): EntryOutcome | undefined {
  if (entry.status === 'approved') return { status: 'approved', paymentId: entry.uid };
  if (entry.status === 'denied') return { status: 'declined', paymentId: entry.uid, ...(entry.reason ? { reason: entry.reason } : {}) };
  return undefined;
}

/** Migo answers 404 for a subscription it does not know (the BFF keys on the status, never on Migo's codes). */
export function isUnknownSubscription(error: unknown): boolean {
  return error instanceof UpstreamError && error.kind === 'response' && error.status === 404;
}

/** Migo charges a subscription only for its own client: rows naming another client's subscription are refused. */
export function rejectionOf(subscription: Pick<Subscription, 'client'>, client: string): RejectionReason | undefined {
  return subscription.client === client ? undefined : 'subscription_of_another_client';
}
