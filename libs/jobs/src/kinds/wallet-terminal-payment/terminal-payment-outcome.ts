import type { PaymentOutcome } from '../payment-outcomes.js';

/**
 * When a terminal payment is over, and how it ended, from its Wallet `TransferStatus` (see docs/upstream-assumptions.md,
 * "Tracking work an app starts"). `reversed` / `refunded` / `processed` / `liquidated` can only follow a capture, so
 * seeing one first still means the customer paid. Anything else (`created`, `in_progress`, new values) is still running.
 */
const TERMINAL_PAYMENT_OUTCOMES: Readonly<Record<string, PaymentOutcome>> = {
  approved: 'approved',
  processed: 'approved',
  liquidated: 'approved',
  reversed: 'approved',
  refunded: 'approved',
  denied: 'denied',
  cancelled: 'cancelled',
  expired: 'expired',
};

export function terminalPaymentOutcome(status: string): PaymentOutcome | undefined {
  return Object.hasOwn(TERMINAL_PAYMENT_OUTCOMES, status) ? TERMINAL_PAYMENT_OUTCOMES[status] : undefined;
}
