import type { WalletCallOptions, WalletCalls } from '../wallet-calls.js';
import type { AppConfig, AppConfigPatch } from '../wallet.types.js';

/** The application's configuration. */
export class WalletConfigs {
  constructor(private readonly calls: WalletCalls) {}

  /** The BFF's own application configuration; the only Wallet routes that need the `applicationId` header. */
  config(options?: WalletCallOptions) {
    return this.calls.call<AppConfig>('GET', '/configs', {}, options, { headers: this.applicationHeader() });
  }

  updateConfig(body: AppConfigPatch, options?: WalletCallOptions) {
    return this.calls.call<AppConfig>('PATCH', '/configs', {}, options, { body, headers: this.applicationHeader() });
  }

  private applicationHeader(): Record<string, string> {
    return { applicationId: this.calls.applicationId };
  }
}
