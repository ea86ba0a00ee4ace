import type { MiddlewareCallOptions, MiddlewareCalls } from '../middleware-calls.js';
import type { CardVerification, CardVerificationRequest, DefaultPaymentMethod, NewPaymentMethod, PaymentMethod, PaymentMethodRemoval, Subscription, SubscriptionListQuery, SubscriptionUpdate } from '../middleware.types.js';

/** Subscriptions and their payment methods (Middleware JWT). */
export class MiddlewareSubscriptions {
  constructor(private readonly calls: MiddlewareCalls) {}

  listSubscriptions(query: SubscriptionListQuery, options?: MiddlewareCallOptions) {
    return this.calls.jwt<Subscription[]>('GET', '/v1/subscriptions', {}, options, { query: { ...query } });
  }

  getSubscription(subUid: string, options?: MiddlewareCallOptions) {
    return this.calls.jwt<Subscription>('GET', '/v1/subscriptions/detail/:subUid', { subUid }, options);
  }

  /** Migo lets only `notificationEmail` change. */
  updateSubscription(body: SubscriptionUpdate, options?: MiddlewareCallOptions) {
    return this.calls.jwt<Subscription>('PUT', '/v1/subscriptions', {}, options, { body });
  }

  cancelSubscription(subUid: string, options?: MiddlewareCallOptions) {
    return this.calls.jwt<Subscription>('DELETE', '/v1/subscriptions/:subUid', { subUid }, options);
  }

  /** Carries card data (PAN/CVV or a processor token): never retried, never logged. */
  verifyCard(body: CardVerificationRequest, options?: MiddlewareCallOptions) {
    return this.calls.jwt<CardVerification>('POST', '/v1/subscriptions/verify-card', {}, options, { body });
  }

  addPaymentMethod(body: NewPaymentMethod, options?: MiddlewareCallOptions) {
    return this.calls.jwt<PaymentMethod>('POST', '/v1/subscriptions/payment-methods', {}, options, { body });
  }

  /** DELETE with a JSON body (Migo's route has no path parameter). */
  removePaymentMethod(body: PaymentMethodRemoval, options?: MiddlewareCallOptions) {
    return this.calls.jwt<PaymentMethod>('DELETE', '/v1/subscriptions/payment-methods', {}, options, { body });
  }

  setDefaultPaymentMethod(body: DefaultPaymentMethod, options?: MiddlewareCallOptions) {
    return this.calls.jwt<Subscription>('PUT', '/v1/subscriptions/payment-methods/set-default', {}, options, { body });
  }
}
