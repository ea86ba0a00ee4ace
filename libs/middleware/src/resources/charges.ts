import { multipartForm } from '#migo-http';
import type { MiddlewareCallOptions, MiddlewareCalls } from '../middleware-calls.js';
import type { ChargeBatchAccepted, ChargeBatchRequest, ChargesCsvAccepted, ChargesCsvUpload, PaymentHistoryEntry, PaymentHistoryQuery } from '../middleware.types.js';

/** On-demand and CSV charges, and the payment history they show up in (Middleware JWT). */
export class MiddlewareCharges {
  constructor(private readonly calls: MiddlewareCalls) {}

  chargeSubscriptions(body: ChargeBatchRequest, options?: MiddlewareCallOptions) {
    return this.calls.jwt<ChargeBatchAccepted>('POST', '/v1/subscriptions/charges', {}, options, { body });
  }

  /** Multipart `file` plus the `clientId` form field. */
  uploadChargesCsv(upload: ChargesCsvUpload, options?: MiddlewareCallOptions) {
    const form = multipartForm({ clientId: upload.clientId }, { file: { bytes: upload.bytes, filename: upload.filename, contentType: 'text/csv' } });
    return this.calls.jwt<ChargesCsvAccepted>('POST', '/v1/subscriptions/charges/upload-csv', {}, options, { body: form });
  }

  paymentHistory(query: PaymentHistoryQuery, options?: MiddlewareCallOptions) {
    return this.calls.jwt<PaymentHistoryEntry[]>('GET', '/v1/subscriptions/payment-history', {}, options, { query: { ...query } });
  }
}
