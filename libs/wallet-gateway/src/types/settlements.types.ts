/**
 * Settlements (assumed: Migo lists "settlements" as a Wallet domain but documents no endpoint; see
 * docs/upstream-assumptions.md, "Settlements"). One settlement per partner and daily 23:30 UTC cutoff.
 */
export type SettlementStatus = 'pending' | 'settled' | 'paid';

export type SettlementItemSource = 'terminal' | 'payment-link' | 'alternative-payment';

export interface SettlementItem {
  source: SettlementItemSource | string;
  /** A payment-link or alternative-payment uid, or a terminal payment's id. */
  reference: string;
  amount: number;
  currency: string;
  capturedAt: string;
}

export interface SettlementTotal {
  currency: string;
  amount: number;
  itemCount: number;
}

export interface Settlement {
  settlementId: string;
  partnerId: string;
  businessDate: string;
  cutoffAt: string;
  settledOn: string;
  paidOn: string;
  status: SettlementStatus | string;
  totals: SettlementTotal[];
  itemCount: number;
  /** Always on the detail; on a list only with `includeItems=true`. */
  items?: SettlementItem[];
}

export interface SettlementQuery {
  partnerId?: string;
  from?: string;
  to?: string;
  status?: SettlementStatus;
  page?: number;
  limit?: number;
  includeItems?: boolean;
}

export interface SettlementPage {
  items: Settlement[];
  total: number;
  page: number;
  limit: number;
}
