import type { MiddlewareCallOptions, MiddlewareCalls } from '../middleware-calls.js';
import type { BinBatchResult, BinInfo } from '../middleware.types.js';

/** BIN verification (Middleware JWT). The BIN goes in the body, never in the URL. */
export class MiddlewareVerifications {
  constructor(private readonly calls: MiddlewareCalls) {}

  /** One BIN (6–8 digits); an unknown one is Migo's 404. */
  lookupBin(bin: string, options?: MiddlewareCallOptions) {
    return this.calls.jwt<BinInfo>('POST', '/v1/verifications/bin', {}, options, { body: { bin } });
  }

  lookupBins(bins: string[], options?: MiddlewareCallOptions) {
    return this.calls.jwt<BinBatchResult>('POST', '/v1/verifications/bins', {}, options, { body: { bins } });
  }
}
