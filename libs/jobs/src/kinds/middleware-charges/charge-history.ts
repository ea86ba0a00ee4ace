import type { PaymentHistoryEntry, Subscription } from '#middleware';
import type { ChargeTarget } from './charges.kind.js';
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

/**
 * The row of this batch (0-based index in the request) or CSV (1-based among non-blank data rows) an entry settles,
 * from the entry's `source`; undefined for other charges (renewals, other batches).
 */
export function rowSettledBy(target: ChargeTarget): (entry: PaymentHistoryEntry) => number | undefined {
  if (target.type === 'middleware.charge-batch') {
    return (entry) => (entry.source?.type === 'on-demand' && entry.source.batchId === target.batchId ? entry.source.row : undefined);
  }
  return (entry) => (entry.source?.type === 'csv' && entry.source.trackingId === target.trackingId ? entry.source.row : undefined);
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
