import { Injectable } from '@nestjs/common';
import { fromUnits } from '../core/money.js';
import { ApmStore } from '../middleware/alternative-payments/apm-store.js';
import { PaymentLinkStore } from '../middleware/payment-links/payment-link-store.js';
import type { TransactionSearchQuery } from './transaction-search.dto.js';

export interface SearchItem {
  uid: string;
  kind: 'payment-link' | 'alternative-payment';
  reference?: string;
  externalId?: string;
  client: string;
  userId: string;
  amount: number;
  currency: string;
  status: string;
  createdAt: string;
}

/** Searches the Middleware's payment-link and alternative-payment transactions, newest first. */
@Injectable()
export class TransactionSearch {
  constructor(
    private readonly links: PaymentLinkStore,
    private readonly apm: ApmStore,
  ) {}

  search(query: TransactionSearchQuery): { items: Array<Omit<SearchItem, 'externalId'>>; total: number; page: number; limit: number } {
    const from = query.from ? Date.parse(query.from) : -Infinity;
    const to = query.to ? Date.parse(query.to) : Infinity;
    const status = query.status?.toLowerCase();
    const matches = this.everything().filter((item) => {
      const created = Date.parse(item.createdAt);
      return (
        (query.uid === undefined || item.uid === query.uid) &&
        (query.reference === undefined || item.reference === query.reference) &&
        (query.externalId === undefined || item.externalId === query.externalId) &&
        (query.client === undefined || item.client === query.client) &&
        (status === undefined || item.status.toLowerCase() === status) &&
        created >= from &&
        created <= to
      );
    });
    matches.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    const start = (query.page - 1) * query.limit;
    const items = matches.slice(start, start + query.limit).map(({ externalId: _externalId, ...item }) => item);
    return { items, total: matches.length, page: query.page, limit: query.limit };
  }

  private everything(): SearchItem[] {
    const links: SearchItem[] = this.links.all().map((l) => ({
      uid: l.uid,
      kind: 'payment-link',
      reference: l.reference,
      externalId: l.externalId,
      client: l.client,
      userId: l.userId,
      amount: fromUnits(l.amountUnits),
      currency: l.currency,
      status: l.status,
      createdAt: l.createdAt,
    }));
    const apm: SearchItem[] = this.apm.all().map((t) => ({
      uid: t.uid,
      kind: 'alternative-payment',
      client: t.client,
      userId: t.userId,
      amount: fromUnits(t.amountUnits),
      currency: t.currency,
      status: t.status,
      createdAt: t.createdAt,
    }));
    return [...links, ...apm];
  }
}
