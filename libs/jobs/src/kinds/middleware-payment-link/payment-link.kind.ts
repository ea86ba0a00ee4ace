import type { JobKind } from '../job-kind.js';
import { jobObjectNotFound } from '../invalid-request.js';
import { PAYMENT_OUTCOMES } from '../payment-outcomes.js';
import { PaymentLinkTracker } from './payment-link.tracker.js';

/** A payment link, followed until the customer's payment is over. Its object is the transaction (its client's). */
export interface PaymentLinkTarget {
  type: 'middleware.payment-link';
  uid: string;
}

export const paymentLinkKind: JobKind<PaymentLinkTarget> = {
  type: 'middleware.payment-link',
  upstream: 'middleware',
  deadlineSeconds: 8 * 24 * 3600,
  owner: 'payment-link',
  trackById: {
    objectOf: (uid) => ({ kind: 'payment-link', uid }),
    async confirm({ middleware }, _object, uid, partnerId) {
      const link = await middleware.paymentLinks.getPaymentLink(uid);
      // The transaction's Middleware client is its partner (same slug).
      if (partnerId && partnerId !== link.client) throw jobObjectNotFound(`Partner "${partnerId}" has no transaction ${uid}`);
      return { target: { type: 'middleware.payment-link', uid }, partnerId: link.client };
    },
  },
  result: { kind: 'json' },
  outcomes: PAYMENT_OUTCOMES,
  tracker: PaymentLinkTracker,
};
