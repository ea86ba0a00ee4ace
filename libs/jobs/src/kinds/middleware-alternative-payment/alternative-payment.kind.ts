import type { JobKind } from '../job-kind.js';
import { jobObjectNotFound } from '../invalid-request.js';
import { PAYMENT_OUTCOMES } from '../payment-outcomes.js';
import { AlternativePaymentTracker } from './alternative-payment.tracker.js';

/** An alternative-payment transaction, followed until it is over. Its object is the transaction (its client's). */
export interface AlternativePaymentTarget {
  type: 'middleware.alternative-payment';
  uid: string;
}

export const alternativePaymentKind: JobKind<AlternativePaymentTarget> = {
  type: 'middleware.alternative-payment',
  upstream: 'middleware',
  deadlineSeconds: 24 * 3600,
  owner: 'alternative-payment',
  trackById: {
    objectOf: (uid) => ({ kind: 'alternative-payment', uid }),
    async confirm({ middleware }, _object, uid, partnerId) {
      const payment = await middleware.alternativePayments.getAlternativePayment(uid);
      if (partnerId && partnerId !== payment.client) throw jobObjectNotFound(`Partner "${partnerId}" has no transaction ${uid}`);
      return { target: { type: 'middleware.alternative-payment', uid }, partnerId: payment.client };
    },
  },
  result: { kind: 'json' },
  outcomes: PAYMENT_OUTCOMES,
  tracker: AlternativePaymentTracker,
};
