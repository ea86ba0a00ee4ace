import { Injectable } from '@nestjs/common';
import { CardMovement, WalletGatewayClient } from '#wallet-gateway';
import { gather, Source } from './view-sources.js';
import type { ActivityItem } from './views.schemas.js';

const UNITS = 10_000; // Migo amounts have at most 4 decimals: sum in integer units, never in floats


function monthsBack(count: number, now = new Date()): Array<{ month: number; year: number; label: string }> {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    const month = date.getUTCMonth() + 1;
    return { month, year: date.getUTCFullYear(), label: `${date.getUTCFullYear()}-${String(month).padStart(2, '0')}` };
  });
}

function newestFirst(a: CardMovement, b: CardMovement): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id;
}

/** A card's monthly feeds merged newest first, with running totals and totals per currency. One source per month. */
@Injectable()
export class CardActivityView {
  constructor(private readonly wallet: WalletGatewayClient) {}

  async build(cardId: number, months: number, budgetMs: number) {
    const window = monthsBack(months);
    const sources: Array<Source<CardMovement[]>> = window.map((m, i) => ({
      name: m.label,
      primary: i === 0,
      run: (signal) => this.wallet.money.monthlyTransfers(cardId, m.month, m.year, { signal }),
    }));
    const { reports, values, partial } = await gather(sources, budgetMs);
    const movements = Object.values(values).flat() as CardMovement[];
    const chronological = [...movements].sort((a, b) => -newestFirst(a, b));
    const running = new Map<string, number>();
    const totals = new Map<string, { credits: number; debits: number; count: number }>();
    const items: ActivityItem[] = chronological.map((movement) => {
      const units = Math.round(movement.amount * UNITS) * (movement.direction === 'debit' ? -1 : 1);
      const net = (running.get(movement.currency) ?? 0) + units;
      running.set(movement.currency, net);
      const total = totals.get(movement.currency) ?? { credits: 0, debits: 0, count: 0 };
      if (units >= 0) total.credits += units;
      else total.debits -= units;
      total.count++;
      totals.set(movement.currency, total);
      return { ...movement, runningTotal: net / UNITS };
    });
    return {
      cardId,
      from: window.at(-1)!.label,
      to: window[0].label,
      items: items.sort(newestFirst),
      totals: Object.fromEntries([...totals].map(([currency, t]) => [currency, { credits: t.credits / UNITS, debits: t.debits / UNITS, net: (t.credits - t.debits) / UNITS, count: t.count }])),
      partial,
      sources: reports,
    };
  }
}
