import { fromUnits } from '../../core/money.js';

/** Migo's alternative-payment statuses (upper case, from the dismiss page). */
export type ApmStatus = 'CREATED' | 'USED' | 'IN_PROGRESS' | 'APPROVED' | 'DENIED' | 'EXPIRED' | 'DISMISSED' | 'CANCELLED';

export interface ApmTransaction {
  kind: 'alternative-payment';
  uid: string;
  client: string;
  userId: string;
  channel: string;
  amountUnits: number;
  currency: string;
  customKeys?: Record<string, unknown>;
  status: ApmStatus;
  processor: string | null;
  paymentMethods: readonly string[];
  expiresAtMs: number;
  createdAt: string;
  updatedAt: string;
}

/** `expireAt` is what Migo answers: the seconds left before an unpaid transaction expires (0 once past). */
export function secondsLeft(tx: ApmTransaction, now = Date.now()): number {
  return Math.max(0, Math.ceil((tx.expiresAtMs - now) / 1000));
}

/** The data of GET /api/v1/integrations/transactions/{uid} (assumed lookup). */
export function apmTransactionView(tx: ApmTransaction) {
  return {
    uid: tx.uid,
    client: tx.client,
    userId: tx.userId,
    amount: fromUnits(tx.amountUnits),
    currency: tx.currency,
    status: tx.status,
    processor: tx.processor,
    paymentMethods: [...tx.paymentMethods],
    expireAt: secondsLeft(tx),
    createdAt: tx.createdAt,
    updatedAt: tx.updatedAt,
  };
}
