import type { MigoAuth } from '#migo-auth';
import { CallExtras, HttpMethod, SurfaceCalls, UpstreamCallOptions, UpstreamHttp } from '#migo-http';
import type { WalletFile } from './wallet.types.js';

export type WalletCallOptions = UpstreamCallOptions;

/** The Wallet Gateway's calls, every one with the application session (`auth.wallet`), shared by its resources. */
export class WalletCalls {
  private readonly calls: SurfaceCalls;

  constructor(
    http: UpstreamHttp,
    private readonly auth: MigoAuth,
  ) {
    this.calls = new SurfaceCalls(http, 'wallet');
  }

  get applicationId(): string {
    return this.auth.walletApplicationId;
  }

  call<T>(method: HttpMethod, route: string, params: Record<string, string | number>, options?: WalletCallOptions, extra?: CallExtras): Promise<T> {
    return this.calls.json<T>(this.auth.wallet, method, route, params, options, extra);
  }

  file(method: HttpMethod, route: string, params: Record<string, string | number>, options?: WalletCallOptions, idempotent?: boolean): Promise<WalletFile> {
    return this.calls.file(this.auth.wallet, method, route, params, options, idempotent);
  }
}
