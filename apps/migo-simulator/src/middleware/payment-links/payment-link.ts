import { fromUnits } from '../../core/money.js';

/** Lower-case card `TransactionStatus` values a payment link goes through in the simulator. */
export type PaymentLinkStatus = 'created' | 'approved' | 'denied' | 'expired' | 'reverted' | 'refunded';

export interface PaymentLink {
  kind: 'payment-link';
  uid: string;
  reference: string;
  externalId?: string;
  client: string;
  userId: string;
  channel: string;
  amountUnits: number;
  currency: string;
  ads: unknown[];
  createdBy?: string;
  status: PaymentLinkStatus;
  /** The card processor that charged the customer; set when the payment is approved. */
  processor: string | null;
  refundedUnits: number;
  /** Refunds and a revert Migo accepted that do not show on the link yet (SIM_REFUND_SETTLE_MS); never in a view. */
  pendingRefundUnits: number;
  pendingRevert: boolean;
  /** Why a `denied` link was declined: `card_declined`, or `suspended_by_fraud_rule` (a block entry of its client). */
  declineCode?: string;
  createdAt: string;
  updatedAt: string;
  paidAt?: string;
}

/** The answer of POST /transactions and /transactions-hook: raw, no envelope, uppercase `URL`. */
export function createdLinkView(link: PaymentLink, checkoutBaseUrl: string) {
  return { uid: link.uid, reference: link.reference, URL: `${checkoutBaseUrl.replace(/\/+$/, '')}/?orderId=${link.uid}` };
}

/** The answer of GET /transactions/{uid} (assumed route; raw like the create answer). */
export function paymentLinkView(link: PaymentLink) {
  return {
    uid: link.uid,
    reference: link.reference,
    externalId: link.externalId ?? null,
    client: link.client,
    userId: link.userId,
    amount: fromUnits(link.amountUnits),
    currency: link.currency,
    status: link.status,
    processor: link.processor,
    refundedAmount: fromUnits(link.refundedUnits),
    createdAt: link.createdAt,
    updatedAt: link.updatedAt,
    ...(link.paidAt ? { paidAt: link.paidAt } : {}),
    ...(link.declineCode ? { declineCode: link.declineCode } : {}),
  };
}
