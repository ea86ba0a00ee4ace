import type { MiddlewareCallOptions, MiddlewareCalls } from '../middleware-calls.js';
import { APM } from '../middleware-calls.js';
import type { AlternativePayment, AlternativePaymentCreated, AlternativePaymentDismissed, AlternativePaymentRequest, AlternativePaymentStarted, NewAlternativePayment, PaymentIntents } from '../middleware.types.js';

/** Alternative payments (merchant token). */
export class MiddlewareAlternativePayments {
  constructor(private readonly calls: MiddlewareCalls) {}

  createAlternativePayment(body: NewAlternativePayment, options?: MiddlewareCallOptions) {
    return this.calls.merchant<AlternativePaymentCreated>('POST', APM, {}, options, { body });
  }

  getAlternativePayment(uid: string, options?: MiddlewareCallOptions) {
    return this.calls.merchant<AlternativePayment>('GET', `${APM}/:uid`, { uid }, options);
  }

  /** Reads a rail's metadata; it only marks a CREATED transaction USED, so repeating it is harmless and it is retried. */
  alternativePaymentIntents(uid: string, body: { processor: string }, options?: MiddlewareCallOptions) {
    return this.calls.merchant<PaymentIntents>('POST', `${APM}/:uid/payment-intents`, { uid }, options, { body, idempotent: true });
  }

  payAlternativePayment(uid: string, body: AlternativePaymentRequest, options?: MiddlewareCallOptions) {
    return this.calls.merchant<AlternativePaymentStarted>('POST', `${APM}/:uid/payments`, { uid }, options, { body });
  }

  /** Migo does not validate the dismiss body; a reason is forwarded as is. */
  dismissAlternativePayment(uid: string, body: Record<string, unknown> = {}, options?: MiddlewareCallOptions) {
    return this.calls.merchant<AlternativePaymentDismissed>('POST', `${APM}/:uid/dismiss`, { uid }, options, { body });
  }
}
