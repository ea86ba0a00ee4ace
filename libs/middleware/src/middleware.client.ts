import { Injectable } from '@nestjs/common';
import { MigoAuth } from '#migo-auth';
import { CallExtras, HttpMethod, multipartForm, SurfaceCalls, UpstreamAuth, UpstreamCallOptions, UpstreamHttp } from '#migo-http';
import {
  AlternativePayment,
  AlternativePaymentCreated,
  AlternativePaymentDismissed,
  AlternativePaymentRequest,
  AlternativePaymentStarted,
  CardVerification,
  CardVerificationRequest,
  ChargeBatchAccepted,
  ChargeBatchRequest,
  ChargesCsvAccepted,
  ChargesCsvUpload,
  DefaultPaymentMethod,
  FoundPaymentLink,
  NewAlternativePayment,
  NewPaymentLink,
  NewPaymentLinkWithKeys,
  NewPaymentMethod,
  NewPlan,
  PaymentHistoryEntry,
  PaymentHistoryQuery,
  PaymentIntents,
  PaymentLink,
  PaymentLinkCreated,
  PaymentMethod,
  PaymentMethodRemoval,
  Plan,
  PlanUpdate,
  RefundRequest,
  RevertRequest,
  Subscription,
  SubscriptionListQuery,
  SubscriptionUpdate,
} from './middleware.types.js';

export type MiddlewareCallOptions = UpstreamCallOptions;

const APM = '/api/v1/integrations/transactions';

/**
 * Typed client of the Middleware. Two credentials, chosen per route as the Middleware's guards do: the merchant token
 * on payment links and alternative payments, the Middleware JWT on `/v1/...`, `/revert` and `/refund`.
 */
@Injectable()
export class MiddlewareClient {
  private readonly calls: SurfaceCalls;

  constructor(
    http: UpstreamHttp,
    private readonly auth: MigoAuth,
  ) {
    this.calls = new SurfaceCalls(http, 'middleware');
  }

  private call<T>(auth: UpstreamAuth | undefined, method: HttpMethod, route: string, params: Record<string, string>, options?: MiddlewareCallOptions, extra?: CallExtras): Promise<T> {
    return this.calls.json<T>(auth, method, route, params, options, extra);
  }

  private merchant<T>(method: HttpMethod, route: string, params: Record<string, string>, options?: MiddlewareCallOptions, extra?: CallExtras) {
    return this.call<T>(this.auth.middlewareMerchant, method, route, params, options, extra);
  }

  private jwt<T>(method: HttpMethod, route: string, params: Record<string, string>, options?: MiddlewareCallOptions, extra?: CallExtras) {
    return this.call<T>(this.auth.middlewareJwt, method, route, params, options, extra);
  }

  // ── payment links ──────────────────────────────────────────────────
  createPaymentLink(body: NewPaymentLink, options?: MiddlewareCallOptions) {
    return this.merchant<PaymentLinkCreated>('POST', '/transactions', {}, options, { body });
  }

  /** The browser-side route: no token header, Migo's key pair in the body (for backend-less apps; the BFF has a token). */
  createPaymentLinkWithKeys(body: NewPaymentLinkWithKeys, options?: MiddlewareCallOptions) {
    return this.call<PaymentLinkCreated>(undefined, 'POST', '/transactions-hook', {}, options, { body });
  }

  getPaymentLink(uid: string, options?: MiddlewareCallOptions) {
    return this.merchant<PaymentLink>('GET', '/transactions/:uid', { uid }, options);
  }

  /** A client's payment links with one merchant order id (at most one: Migo keeps `externalId` unique per client). */
  findPaymentLinks(query: { client: string; externalId: string }, options?: MiddlewareCallOptions) {
    return this.merchant<FoundPaymentLink[]>('GET', '/transactions', {}, options, { query: { ...query } });
  }

  revertPayment(body: RevertRequest, options?: MiddlewareCallOptions) {
    return this.jwt<PaymentLink>('POST', '/revert', {}, options, { body });
  }

  refundPayment(body: RefundRequest, options?: MiddlewareCallOptions) {
    return this.jwt<PaymentLink>('POST', '/refund', {}, options, { body });
  }

  // ── alternative payments ───────────────────────────────────────────
  createAlternativePayment(body: NewAlternativePayment, options?: MiddlewareCallOptions) {
    return this.merchant<AlternativePaymentCreated>('POST', APM, {}, options, { body });
  }

  getAlternativePayment(uid: string, options?: MiddlewareCallOptions) {
    return this.merchant<AlternativePayment>('GET', `${APM}/:uid`, { uid }, options);
  }

  /** Reads a rail's metadata; it only marks a CREATED transaction USED, so repeating it is harmless and it is retried. */
  alternativePaymentIntents(uid: string, body: { processor: string }, options?: MiddlewareCallOptions) {
    return this.merchant<PaymentIntents>('POST', `${APM}/:uid/payment-intents`, { uid }, options, { body, idempotent: true });
  }

  payAlternativePayment(uid: string, body: AlternativePaymentRequest, options?: MiddlewareCallOptions) {
    return this.merchant<AlternativePaymentStarted>('POST', `${APM}/:uid/payments`, { uid }, options, { body });
  }

  /** Migo does not validate the dismiss body; a reason is forwarded as is. */
  dismissAlternativePayment(uid: string, body: Record<string, unknown> = {}, options?: MiddlewareCallOptions) {
    return this.merchant<AlternativePaymentDismissed>('POST', `${APM}/:uid/dismiss`, { uid }, options, { body });
  }

  // ── plans ──────────────────────────────────────────────────────────
  listPlans(query: { client: string }, options?: MiddlewareCallOptions) {
    return this.jwt<Plan[]>('GET', '/v1/plans/list', {}, options, { query: { ...query } });
  }

  getPlan(planId: string, client: string, options?: MiddlewareCallOptions) {
    return this.jwt<Plan>('GET', '/v1/plans/:planId/client/:client/detail', { planId, client }, options);
  }

  createPlan(body: NewPlan, options?: MiddlewareCallOptions) {
    return this.jwt<Plan>('POST', '/v1/plans', {}, options, { body });
  }

  updatePlan(body: PlanUpdate, options?: MiddlewareCallOptions) {
    return this.jwt<Plan>('PUT', '/v1/plans', {}, options, { body });
  }

  // ── subscriptions ──────────────────────────────────────────────────
  listSubscriptions(query: SubscriptionListQuery, options?: MiddlewareCallOptions) {
    return this.jwt<Subscription[]>('GET', '/v1/subscriptions', {}, options, { query: { ...query } });
  }

  getSubscription(subUid: string, options?: MiddlewareCallOptions) {
    return this.jwt<Subscription>('GET', '/v1/subscriptions/detail/:subUid', { subUid }, options);
  }

  /** Migo lets only `notificationEmail` change. */
  updateSubscription(body: SubscriptionUpdate, options?: MiddlewareCallOptions) {
    return this.jwt<Subscription>('PUT', '/v1/subscriptions', {}, options, { body });
  }

  cancelSubscription(subUid: string, options?: MiddlewareCallOptions) {
    return this.jwt<Subscription>('DELETE', '/v1/subscriptions/:subUid', { subUid }, options);
  }

  /** Carries card data (PAN/CVV or a processor token): never retried, never logged. */
  verifyCard(body: CardVerificationRequest, options?: MiddlewareCallOptions) {
    return this.jwt<CardVerification>('POST', '/v1/subscriptions/verify-card', {}, options, { body });
  }

  addPaymentMethod(body: NewPaymentMethod, options?: MiddlewareCallOptions) {
    return this.jwt<PaymentMethod>('POST', '/v1/subscriptions/payment-methods', {}, options, { body });
  }

  /** DELETE with a JSON body (Migo's route has no path parameter). */
  removePaymentMethod(body: PaymentMethodRemoval, options?: MiddlewareCallOptions) {
    return this.jwt<PaymentMethod>('DELETE', '/v1/subscriptions/payment-methods', {}, options, { body });
  }

  setDefaultPaymentMethod(body: DefaultPaymentMethod, options?: MiddlewareCallOptions) {
    return this.jwt<Subscription>('PUT', '/v1/subscriptions/payment-methods/set-default', {}, options, { body });
  }

  // ── charges ────────────────────────────────────────────────────────
  chargeSubscriptions(body: ChargeBatchRequest, options?: MiddlewareCallOptions) {
    return this.jwt<ChargeBatchAccepted>('POST', '/v1/subscriptions/charges', {}, options, { body });
  }

  /** Multipart `file` plus the `clientId` form field. */
  uploadChargesCsv(upload: ChargesCsvUpload, options?: MiddlewareCallOptions) {
    const form = multipartForm({ clientId: upload.clientId }, { file: { bytes: upload.bytes, filename: upload.filename, contentType: 'text/csv' } });
    return this.jwt<ChargesCsvAccepted>('POST', '/v1/subscriptions/charges/upload-csv', {}, options, { body: form });
  }

  paymentHistory(query: PaymentHistoryQuery, options?: MiddlewareCallOptions) {
    return this.jwt<PaymentHistoryEntry[]>('GET', '/v1/subscriptions/payment-history', {}, options, { query: { ...query } });
  }
}
