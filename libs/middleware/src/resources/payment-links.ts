import type { MiddlewareCallOptions, MiddlewareCalls } from '../middleware-calls.js';
import type { FoundPaymentLink, NewPaymentLink, NewPaymentLinkWithKeys, PaymentLink, PaymentLinkCreated, RefundRequest, RevertRequest } from '../middleware.types.js';

/** Payment links (merchant token), and their reverts and refunds (Middleware JWT). */
export class MiddlewarePaymentLinks {
  constructor(private readonly calls: MiddlewareCalls) {}

  createPaymentLink(body: NewPaymentLink, options?: MiddlewareCallOptions) {
    return this.calls.merchant<PaymentLinkCreated>('POST', '/transactions', {}, options, { body });
  }

  /** The browser-side route: no token header, Migo's key pair in the body (for backend-less apps; the BFF has a token). */
  createPaymentLinkWithKeys(body: NewPaymentLinkWithKeys, options?: MiddlewareCallOptions) {
    return this.calls.call<PaymentLinkCreated>(undefined, 'POST', '/transactions-hook', {}, options, { body });
  }

  getPaymentLink(uid: string, options?: MiddlewareCallOptions) {
    return this.calls.merchant<PaymentLink>('GET', '/transactions/:uid', { uid }, options);
  }

  /** A client's payment links with one merchant order id (at most one: Migo keeps `externalId` unique per client). */
  findPaymentLinks(query: { client: string; externalId: string }, options?: MiddlewareCallOptions) {
    return this.calls.merchant<FoundPaymentLink[]>('GET', '/transactions', {}, options, { query: { ...query } });
  }

  revertPayment(body: RevertRequest, options?: MiddlewareCallOptions) {
    return this.calls.jwt<PaymentLink>('POST', '/revert', {}, options, { body });
  }

  refundPayment(body: RefundRequest, options?: MiddlewareCallOptions) {
    return this.calls.jwt<PaymentLink>('POST', '/refund', {}, options, { body });
  }
}
