import type { AlternativePaymentDismissal, AlternativePaymentDismissed } from '#middleware';

/**
 * Migo answers a dismiss with plain-text `OK` (the transaction is now DISMISSED) or, for rails with a dedicated cancel
 * hook, `{message, transaction:{uid, status}}`. Apps always get the second, JSON shape (docs/upstream-assumptions.md).
 */
export function dismissOutcome(uid: string, answer: AlternativePaymentDismissed): AlternativePaymentDismissal {
  if (typeof answer === 'object' && answer !== null) return answer;
  return { message: 'Transaction dismissed', transaction: { uid, status: 'DISMISSED' } };
}
