/**
 * When a refund or revert of a payment link is over, read from the link alone (Migo shows no refund object; see
 * docs/upstream-assumptions.md, "Tracking refunds and reverts"). Undefined: not applied yet, keep polling.
 */
export const REVERSAL_OUTCOMES = ['refunded', 'reverted', 'refused'] as const;
export type ReversalOutcome = (typeof REVERSAL_OUTCOMES)[number];

export type ReversalRequest = { action: 'revert' } | { action: 'refund'; refundedAmount: number };

export function reversalOutcome(request: ReversalRequest, link: { status: string; refundedAmount: number }): ReversalOutcome | undefined {
  if (request.action === 'revert') {
    if (link.status === 'reverted') return 'reverted';
    // A refund took its place, or the link was never paid: the revert cannot apply any more.
    return link.status === 'refunded' || link.refundedAmount > 0 || link.status === 'denied' || link.status === 'expired' ? 'refused' : undefined;
  }
  // Amounts have at most 2 decimals in the simulator and 4 in Migo's docs: compare with a tolerance below that.
  if (link.refundedAmount + 1e-6 >= request.refundedAmount) return 'refunded';
  return link.status === 'reverted' || link.status === 'denied' || link.status === 'expired' ? 'refused' : undefined;
}
