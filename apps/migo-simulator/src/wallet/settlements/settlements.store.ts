import { Injectable } from '@nestjs/common';
import { fromUnits } from '../../core/money.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { CapturedPayments } from '../../state/captured-payments.js';
import { Settlement, SettlementBook, SettlementStatus, statusAt } from './settlement-book.js';
import { SettlementClock } from './settlement-clock.js';

export interface SettlementFilter {
  partnerId?: string;
  /** Business dates, inclusive, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  status?: SettlementStatus;
}

/** The Wallet's view of a settlement: money as numbers, the status as of the settlement clock. */
export function settlementView(settlement: Settlement, nowMs: number, withItems: boolean) {
  const { items, totals, ...rest } = settlement;
  return {
    ...rest,
    status: statusAt(settlement, nowMs),
    totals: totals.map((t) => ({ currency: t.currency, amount: fromUnits(t.amountUnits), itemCount: t.itemCount })),
    itemCount: items.length,
    ...(withItems ? { items: items.map(({ amountUnits, ...item }) => ({ ...item, amount: fromUnits(amountUnits) })) } : {}),
  };
}

/** Settlements as of the settlement clock: every read first runs the cutoffs that are due. */
@Injectable()
export class Settlements implements Resettable {
  private book = new SettlementBook();

  constructor(
    registry: ResetRegistry,
    private readonly captured: CapturedPayments,
    readonly clock: SettlementClock,
  ) {
    registry.register(this);
  }

  list(filter: SettlementFilter): Settlement[] {
    const now = this.catchUp();
    return this.book
      .all()
      .filter((s) => (filter.partnerId === undefined || s.partnerId === filter.partnerId) && (filter.from === undefined || s.businessDate >= filter.from) && (filter.to === undefined || s.businessDate <= filter.to))
      .filter((s) => filter.status === undefined || statusAt(s, now) === filter.status)
      .sort((a, b) => b.cutoffAt.localeCompare(a.cutoffAt) || a.partnerId.localeCompare(b.partnerId));
  }

  get(settlementId: string): Settlement {
    this.catchUp();
    const settlement = this.book.get(settlementId);
    if (!settlement) throw MigoBusinessError.named('SETTLEMENT_NOT_FOUND');
    return settlement;
  }

  /** Runs the due cutoffs; answers the clock's now. */
  catchUp(): number {
    const now = this.clock.now();
    this.book.run(this.captured.all(), now);
    return now;
  }

  reset(): void {
    this.book = new SettlementBook();
  }
}
