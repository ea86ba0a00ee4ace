import type { MigoAuth } from '#migo-auth';
import { CallExtras, HttpMethod, SurfaceCalls, UpstreamAuth, UpstreamCallOptions, UpstreamHttp } from '#migo-http';

export type MiddlewareCallOptions = UpstreamCallOptions;

export const APM = '/api/v1/integrations/transactions';

/**
 * The Middleware's calls, shared by its resources. Two credentials, chosen per route as the Middleware's guards do:
 * the merchant token on payment links and alternative payments, the Middleware JWT on `/v1/...`, `/revert` and
 * `/refund`.
 */
export class MiddlewareCalls {
  private readonly calls: SurfaceCalls;

  constructor(
    http: UpstreamHttp,
    private readonly auth: MigoAuth,
  ) {
    this.calls = new SurfaceCalls(http, 'middleware');
  }

  call<T>(auth: UpstreamAuth | undefined, method: HttpMethod, route: string, params: Record<string, string>, options?: MiddlewareCallOptions, extra?: CallExtras): Promise<T> {
    return this.calls.json<T>(auth, method, route, params, options, extra);
  }

  merchant<T>(method: HttpMethod, route: string, params: Record<string, string>, options?: MiddlewareCallOptions, extra?: CallExtras): Promise<T> {
    return this.call<T>(this.auth.middlewareMerchant, method, route, params, options, extra);
  }

  jwt<T>(method: HttpMethod, route: string, params: Record<string, string>, options?: MiddlewareCallOptions, extra?: CallExtras): Promise<T> {
    return this.call<T>(this.auth.middlewareJwt, method, route, params, options, extra);
  }
}
