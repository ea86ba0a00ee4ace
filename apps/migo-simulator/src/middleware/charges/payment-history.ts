import { Injectable } from '@nestjs/common';
import { fromUnits, toUnits } from '../../core/money.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { SEED_PLANS, SEED_SUBSCRIPTIONS } from '../../state/demo-world.js';
import { transactionUid } from '../shared/transaction-ids.js';

/**
 * Where a charge came from. Not in Migo's docs: the simulator always knows it (its own control routes use it) but shows
 * it in payment-history answers only when `paymentHistorySource` is on (SIM_PAYMENT_HISTORY_SOURCE, off by default).
 */
export interface ChargeSource {
  type: 'scheduled' | 'on-demand' | 'csv';
  batchId?: string;
  trackingId?: string;
  row?: number;
}

export type DenialReason = 'subscription_inactive' | 'insufficient_funds' | 'card_declined';

export interface HistoryEntry {
  uid: string;
  subscriptionId: string;
  amountUnits: number;
  currency: string;
  status: 'approved' | 'denied';
  reason?: DenialReason;
  createdAt: string;
  source: ChargeSource;
  metadata?: unknown;
  /** Insertion order, to keep "newest first" stable between charges of the same millisecond. */
  seq: number;
}

/** An entry as Migo's payment history shows it; `source` only when asked for (see ChargeSource). */
export function historyEntryView(entry: HistoryEntry, withSource: boolean) {
  return {
    uid: entry.uid,
    subscriptionId: entry.subscriptionId,
    amount: fromUnits(entry.amountUnits),
    currency: entry.currency,
    status: entry.status,
    ...(entry.reason ? { reason: entry.reason } : {}),
    createdAt: entry.createdAt,
    ...(withSource ? { source: { ...entry.source } } : {}),
    ...(entry.metadata !== undefined ? { metadata: entry.metadata } : {}),
  };
}

const DAY_MS = 86_400_000;

/** Every charge of every subscription: scheduled renewals, on-demand batch rows and CSV rows. */
@Injectable()
export class PaymentHistory implements Resettable {
  private entries: HistoryEntry[] = [];
  private seq = 0;

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  record(entry: Omit<HistoryEntry, 'uid' | 'createdAt' | 'seq'> & { createdAt?: string }): HistoryEntry {
    const recorded: HistoryEntry = { ...entry, uid: transactionUid(), createdAt: entry.createdAt ?? new Date().toISOString(), seq: ++this.seq };
    this.entries.push(recorded);
    return recorded;
  }

  /** Every charge that passes `test`, in the order they were recorded. */
  where(test: (entry: HistoryEntry) => boolean): HistoryEntry[] {
    return this.entries.filter(test);
  }

  /** A subscription's charges, newest first (a flat list, no pagination, as Migo answers). */
  of(subscriptionId: string): HistoryEntry[] {
    return this.entries
      .filter((e) => e.subscriptionId === subscriptionId)
      .sort((a, b) => (a.createdAt === b.createdAt ? b.seq - a.seq : a.createdAt < b.createdAt ? 1 : -1));
  }

  /** Two approved scheduled renewals per seeded subscription, 58 and 28 days ago. */
  reset(): void {
    this.entries = [];
    this.seq = 0;
    const now = Date.now();
    for (const sub of SEED_SUBSCRIPTIONS) {
      const plan = SEED_PLANS.find((p) => p.planUid === sub.planUid)!;
      for (const daysAgo of [58, 28]) {
        this.record({
          subscriptionId: sub.subUid,
          amountUnits: toUnits(plan.amount)!,
          currency: plan.currency,
          status: 'approved',
          source: { type: 'scheduled' },
          createdAt: new Date(now - daysAgo * DAY_MS).toISOString(),
        });
      }
    }
  }
}
