import { prefixedId } from '../../core/ids.js';
import type { CapturedPayment, CapturedSource } from '../../state/captured-payments.js';
import { cutoffFor, lastCutoffAtOrBefore, nextBusinessDay, nextCutoff, startOfUtcDay, utcDate } from './settlement-calendar.js';

export type SettlementStatus = 'pending' | 'settled' | 'paid';

export interface SettlementItem {
  source: CapturedSource;
  reference: string;
  amountUnits: number;
  currency: string;
  capturedAt: string;
}

export interface CurrencyTotal {
  currency: string;
  amountUnits: number;
  itemCount: number;
}

export interface Settlement {
  settlementId: string;
  partnerId: string;
  /** The day of the cutoff that closed it (UTC). */
  businessDate: string;
  cutoffAt: string;
  settledOn: string;
  paidOn: string;
  /** One per currency, in the order the currencies first appear; each the exact sum of that currency's items. */
  totals: CurrencyTotal[];
  items: SettlementItem[];
}

const itemKey = (payment: Pick<CapturedPayment, 'source' | 'reference'>) => `${payment.source}:${payment.reference}`;

/** pending from its cutoff, settled from the start (UTC) of its settlement day, paid from the start of its payout day. */
export function statusAt(settlement: Settlement, nowMs: number): SettlementStatus {
  if (nowMs >= startOfUtcDay(settlement.paidOn)) return 'paid';
  if (nowMs >= startOfUtcDay(settlement.settledOn)) return 'settled';
  return 'pending';
}

export function totalsOf(items: readonly SettlementItem[]): CurrencyTotal[] {
  const totals = new Map<string, CurrencyTotal>();
  for (const item of items) {
    const total = totals.get(item.currency) ?? { currency: item.currency, amountUnits: 0, itemCount: 0 };
    total.amountUnits += item.amountUnits;
    total.itemCount += 1;
    totals.set(item.currency, total);
  }
  return [...totals.values()];
}

/**
 * The settlement engine: runs every daily cutoff up to "now", once each, in order. A cutoff takes each captured payment
 * not yet settled whose capture came before it and groups them per partner into one settlement (totals per currency).
 * A settlement never changes once made: a payment the engine sees only after its cutoff ran (a clock moved ahead of the
 * payment stores) goes into the next cutoff that has not run. Refunds after a cutoff do not touch its settlement.
 */
export class SettlementBook {
  private settlements = new Map<string, Settlement>();
  private settled = new Set<string>();
  /** The last cutoff that ran; none yet: the first run starts at the earliest unsettled capture. */
  private lastRunCutoffMs: number | undefined;

  run(captured: readonly CapturedPayment[], nowMs: number): void {
    const latest = lastCutoffAtOrBefore(nowMs);
    const waiting = captured.filter((payment) => !this.settled.has(itemKey(payment)));
    if (waiting.length === 0) {
      this.lastRunCutoffMs = Math.max(this.lastRunCutoffMs ?? latest, latest);
      return;
    }
    const earliest = Math.min(...waiting.map((payment) => cutoffFor(Date.parse(payment.capturedAt))));
    let cutoff = this.lastRunCutoffMs === undefined ? earliest : nextCutoff(this.lastRunCutoffMs);
    for (; cutoff <= latest; cutoff = nextCutoff(cutoff)) this.close(cutoff, waiting);
    this.lastRunCutoffMs = Math.max(this.lastRunCutoffMs ?? latest, latest);
  }

  all(): Settlement[] {
    return [...this.settlements.values()];
  }

  get(settlementId: string): Settlement | undefined {
    return this.settlements.get(settlementId);
  }

  private close(cutoffMs: number, waiting: readonly CapturedPayment[]): void {
    const due = waiting.filter((payment) => !this.settled.has(itemKey(payment)) && Date.parse(payment.capturedAt) < cutoffMs);
    const byPartner = new Map<string, CapturedPayment[]>();
    for (const payment of due) byPartner.set(payment.partnerId, [...(byPartner.get(payment.partnerId) ?? []), payment]);
    const businessDate = utcDate(cutoffMs);
    const settledOn = nextBusinessDay(businessDate);
    for (const [partnerId, payments] of byPartner) {
      const items = payments
        .map(({ source, reference, amountUnits, currency, capturedAt }) => ({ source, reference, amountUnits, currency, capturedAt }))
        .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || itemKey(a).localeCompare(itemKey(b)));
      const settlement: Settlement = {
        settlementId: prefixedId('stl', cutoffMs),
        partnerId,
        businessDate,
        cutoffAt: new Date(cutoffMs).toISOString(),
        settledOn,
        paidOn: nextBusinessDay(settledOn),
        totals: totalsOf(items),
        items,
      };
      this.settlements.set(settlement.settlementId, settlement);
      for (const item of items) this.settled.add(itemKey(item));
    }
  }
}
