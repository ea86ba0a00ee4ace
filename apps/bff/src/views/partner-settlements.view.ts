import { Injectable } from '@nestjs/common';
import { CapturedPayment, MiddlewareClient } from '#middleware';
import { Settlement, SettlementItem, WalletGatewayClient } from '#wallet-gateway';
import { addDays } from '../surfaces/wallet/settlements/date-range.js';
import { gather } from './view-sources.js';
import type { ViewPayment } from './views.schemas.js';

const UNITS = 10_000; // Migo amounts have at most 4 decimals: sum in integer units, never in floats
const PAGE_SIZE = 100;
/** 93 days × a settlement per day fits in 1 page; the cap only bounds a misbehaving upstream. */
const MAX_PAGES = 10;

type PaymentSettlementStatus = ViewPayment['status'];


type Totals = Record<PaymentSettlementStatus, Array<{ currency: string; amount: number; count: number }>>;

/** A payment is settled or paid when the settlement holding it is; in a pending settlement, or none yet, it is captured. */
function markPayments(payments: readonly CapturedPayment[], settlements: readonly Settlement[]): ViewPayment[] {
  const holding = new Map<string, { settlement: Settlement; item: SettlementItem }>();
  for (const settlement of settlements) for (const item of settlement.items ?? []) holding.set(`${item.source}:${item.reference}`, { settlement, item });
  return payments.map((payment) => {
    const held = holding.get(`${payment.source}:${payment.uid}`);
    const status: PaymentSettlementStatus = held?.settlement.status === 'paid' ? 'paid' : held?.settlement.status === 'settled' ? 'settled' : 'captured';
    // Once settled, the amount is what the settlement paid out (refunds after the cutoff do not change it).
    return { source: payment.source, uid: payment.uid, amount: held ? held.item.amount : payment.amount, currency: payment.currency, capturedAt: payment.capturedAt, status, settlementId: held?.settlement.settlementId ?? null };
  });
}

function totalsOf(payments: readonly ViewPayment[]): Totals {
  const sums = new Map<string, { status: PaymentSettlementStatus; currency: string; units: number; count: number }>();
  for (const payment of payments) {
    const key = `${payment.status}:${payment.currency}`;
    const sum = sums.get(key) ?? { status: payment.status, currency: payment.currency, units: 0, count: 0 };
    sum.units += Math.round(payment.amount * UNITS);
    sum.count += 1;
    sums.set(key, sum);
  }
  const totals: Totals = { captured: [], settled: [], paid: [] };
  for (const sum of [...sums.values()].sort((a, b) => a.currency.localeCompare(b.currency))) totals[sum.status].push({ currency: sum.currency, amount: sum.units / UNITS, count: sum.count });
  return totals;
}

/**
 * A partner's settlements over a date range (Wallet, primary) merged with its Middleware payments captured in that
 * range, each marked captured / settled / paid by the settlement that holds it, with totals per status and currency.
 * A payment captured on the range's last day after the cutoff settles the next day, so settlements are read one day
 * past the range to mark it; only those of the range are listed.
 */
@Injectable()
export class PartnerSettlementsView {
  constructor(
    private readonly wallet: WalletGatewayClient,
    private readonly middleware: MiddlewareClient,
  ) {}

  async build(partnerId: string, from: string, to: string, budgetMs: number) {
    const { reports, values, partial } = await gather(
      [
        { name: 'wallet', primary: true, run: (signal) => this.settlements(partnerId, from, addDays(to, 1), signal) },
        { name: 'middleware', run: (signal) => this.middleware.payments.capturedPayments({ client: partnerId, from, to }, { signal }) },
      ],
      budgetMs,
    );
    const settlements = values.wallet as Settlement[];
    const payments = values.middleware === undefined ? null : markPayments(values.middleware as CapturedPayment[], settlements);
    return {
      partnerId,
      from,
      to,
      settlements: settlements.filter((s) => s.businessDate <= to).map(({ items: _items, ...summary }) => summary),
      payments,
      totals: payments ? totalsOf(payments) : null,
      partial,
      sources: reports,
    };
  }

  private async settlements(partnerId: string, from: string, to: string, signal: AbortSignal): Promise<Settlement[]> {
    const all: Settlement[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const answer = await this.wallet.settlements.listSettlements({ partnerId, from, to, page, limit: PAGE_SIZE, includeItems: true }, { signal });
      all.push(...answer.items);
      if (answer.items.length < PAGE_SIZE || all.length >= answer.total) break;
    }
    return all;
  }
}
