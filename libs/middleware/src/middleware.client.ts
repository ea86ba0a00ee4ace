import { Injectable } from '@nestjs/common';
import { MigoAuth } from '#migo-auth';
import { UpstreamHttp } from '#migo-http';
import { MiddlewareCalls } from './middleware-calls.js';
import { MiddlewareAlternativePayments } from './resources/alternative-payments.js';
import { MiddlewareCharges } from './resources/charges.js';
import { MiddlewarePayments } from './resources/payments.js';
import { MiddlewarePaymentLinks } from './resources/payment-links.js';
import { MiddlewarePlans } from './resources/plans.js';
import { MiddlewareSubscriptions } from './resources/subscriptions.js';
import { MiddlewareSuspensions } from './resources/suspensions.js';
import { MiddlewareVerifications } from './resources/verifications.js';

export type { MiddlewareCallOptions } from './middleware-calls.js';

/** Typed client of the Middleware, one part per resource (`middleware.paymentLinks.getPaymentLink(uid)`, …). */
@Injectable()
export class MiddlewareClient {
  readonly paymentLinks: MiddlewarePaymentLinks;
  readonly alternativePayments: MiddlewareAlternativePayments;
  readonly plans: MiddlewarePlans;
  readonly subscriptions: MiddlewareSubscriptions;
  readonly charges: MiddlewareCharges;
  readonly payments: MiddlewarePayments;
  readonly verifications: MiddlewareVerifications;
  readonly suspensions: MiddlewareSuspensions;

  constructor(http: UpstreamHttp, auth: MigoAuth) {
    const calls = new MiddlewareCalls(http, auth);
    this.paymentLinks = new MiddlewarePaymentLinks(calls);
    this.alternativePayments = new MiddlewareAlternativePayments(calls);
    this.plans = new MiddlewarePlans(calls);
    this.subscriptions = new MiddlewareSubscriptions(calls);
    this.charges = new MiddlewareCharges(calls);
    this.payments = new MiddlewarePayments(calls);
    this.verifications = new MiddlewareVerifications(calls);
    this.suspensions = new MiddlewareSuspensions(calls);
  }
}
