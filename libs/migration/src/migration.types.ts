/** Migration gateway shapes (all assumed: Migo documents no path or shape, see docs/upstream-assumptions.md). */

export interface TransactionSearchQuery {
  uid?: string;
  reference?: string;
  externalId?: string;
  client?: string;
  /** Matched case-insensitively by Migo (payment links are lower-case, alternative payments upper-case). */
  status?: string;
  /** Inclusive ISO 8601 bounds on `createdAt`. */
  from?: string;
  to?: string;
  page?: number;
  limit?: number;
}

export interface MigratedTransaction {
  uid: string;
  kind: 'payment-link' | 'alternative-payment' | string;
  /** Payment links only. */
  reference?: string;
  client: string;
  userId: string;
  amount: number;
  currency: string;
  status: string;
  createdAt: string;
}

export interface TransactionSearchPage {
  items: MigratedTransaction[];
  total: number;
  page: number;
  limit: number;
}

export interface MigrationHealth {
  status: string;
  uptimeSeconds?: number;
  checks?: Record<string, string>;
}
