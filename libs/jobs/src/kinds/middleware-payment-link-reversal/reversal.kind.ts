import type { JobKind } from '../job-kind.js';
import { REVERSAL_OUTCOMES } from './reversal-outcome.js';
import { PaymentLinkReversalTracker } from './reversal.tracker.js';

/**
 * A refund or a revert of an approved payment link, followed until the link shows it applied (`refunded` with the
 * refunded amount reached, `reverted`) or shows it can no longer apply (`refused`). Its object is the link.
 */
export type PaymentLinkReversalTarget =
  | { type: 'middleware.payment-link-reversal'; uid: string; action: 'revert' }
  /** `refundedAmount`: what the link's refunded amount reaches once this refund is applied (earlier refunds included). */
  | { type: 'middleware.payment-link-reversal'; uid: string; action: 'refund'; refundedAmount: number };

/** The job's upstream id: one job per revert, one per refund (each refund raises the link's refunded total). */
export function reversalUpstreamId(target: PaymentLinkReversalTarget): string {
  return target.action === 'revert' ? `${target.uid}/revert` : `${target.uid}/refund/${target.refundedAmount}`;
}

export const paymentLinkReversalKind: JobKind<PaymentLinkReversalTarget> = {
  type: 'middleware.payment-link-reversal',
  upstream: 'middleware',
  deadlineSeconds: 3 * 24 * 3600,
  owner: 'payment-link',
  trackById: { refused: 'A refund or revert is followed from the route that asks for it (POST /v1/middleware/refund or /revert): Migo gives it no id of its own' },
  result: { kind: 'json' },
  outcomes: REVERSAL_OUTCOMES,
  tracker: PaymentLinkReversalTracker,
};
