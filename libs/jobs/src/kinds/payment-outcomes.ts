/**
 * When a single Middleware payment (payment link or alternative payment) is over, and how it ended. Migo's docs list
 * the statuses only partly (see docs/upstream-assumptions.md, "Tracking Middleware work"); this is the one place that
 * decides. A status not listed here means "still running": the tracker keeps polling and never fails on it.
 */
export const PAYMENT_OUTCOMES = ['approved', 'denied', 'expired', 'cancelled'] as const;
export type PaymentOutcome = (typeof PAYMENT_OUTCOMES)[number];

/**
 * Payment links use card `TransactionStatus` values (lower case). `reverted` / `refunded` can only follow an approval,
 * so seeing one first still means the customer paid.
 */
const PAYMENT_LINK_OUTCOMES: Readonly<Record<string, PaymentOutcome>> = {
  approved: 'approved',
  reverted: 'approved',
  refunded: 'approved',
  denied: 'denied',
  expired: 'expired',
};

/** Alternative payments use upper-case statuses; DISMISSED and CANCELLED end an unpaid transaction. */
const ALTERNATIVE_PAYMENT_OUTCOMES: Readonly<Record<string, PaymentOutcome>> = {
  APPROVED: 'approved',
  DENIED: 'denied',
  EXPIRED: 'expired',
  DISMISSED: 'cancelled',
  CANCELLED: 'cancelled',
};

export function paymentLinkOutcome(status: string): PaymentOutcome | undefined {
  return Object.hasOwn(PAYMENT_LINK_OUTCOMES, status) ? PAYMENT_LINK_OUTCOMES[status] : undefined;
}

export function alternativePaymentOutcome(status: string): PaymentOutcome | undefined {
  return Object.hasOwn(ALTERNATIVE_PAYMENT_OUTCOMES, status) ? ALTERNATIVE_PAYMENT_OUTCOMES[status] : undefined;
}
