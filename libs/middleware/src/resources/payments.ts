import type { MiddlewareCallOptions, MiddlewareCalls } from '../middleware-calls.js';
import type { CapturedPayment, CapturedPaymentsQuery } from '../middleware.types.js';

/** A client's captured payments over a date range (assumed list; merchant token). */
export class MiddlewarePayments {
  constructor(private readonly calls: MiddlewareCalls) {}

  capturedPayments(query: CapturedPaymentsQuery, options?: MiddlewareCallOptions) {
    return this.calls.merchant<CapturedPayment[]>('GET', '/payments', {}, options, { query: { ...query } });
  }
}
