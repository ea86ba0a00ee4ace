import type { MiddlewareCallOptions, MiddlewareCalls } from '../middleware-calls.js';
import type { NewSuspension, SuspensionEntry, SuspensionPage, SuspensionQuery } from '../middleware.types.js';

/** Fraud block and allow lists per client (Middleware JWT). */
export class MiddlewareSuspensions {
  constructor(private readonly calls: MiddlewareCalls) {}

  listSuspensions(query: SuspensionQuery, options?: MiddlewareCallOptions) {
    return this.calls.jwt<SuspensionPage>('GET', '/v1/suspensions', {}, options, { query: { ...query } });
  }

  /** A new entry, or Migo's existing one for the same client, list, type and value. */
  createSuspension(body: NewSuspension, options?: MiddlewareCallOptions) {
    return this.calls.jwt<SuspensionEntry>('POST', '/v1/suspensions', {}, options, { body });
  }

  removeSuspension(id: string, client: string, options?: MiddlewareCallOptions) {
    return this.calls.jwt<SuspensionEntry>('DELETE', '/v1/suspensions/:id', { id }, options, { query: { client } });
  }
}
