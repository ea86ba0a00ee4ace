import type { WalletCallOptions, WalletCalls } from '../wallet-calls.js';
import type { Settlement, SettlementPage, SettlementQuery } from '../wallet.types.js';

/** Settlements of captured payments per partner and cutoff day (assumed routes, docs/upstream-assumptions.md "Settlements"). */
export class WalletSettlements {
  constructor(private readonly calls: WalletCalls) {}

  listSettlements(query: SettlementQuery, options?: WalletCallOptions) {
    const { includeItems, ...rest } = query;
    const params = Object.fromEntries(Object.entries({ ...rest, ...(includeItems ? { includeItems: 'true' } : {}) }).filter(([, value]) => value !== undefined));
    return this.calls.call<SettlementPage>('GET', '/settlements', {}, options, { query: params });
  }

  settlement(settlementId: string, options?: WalletCallOptions) {
    return this.calls.call<Settlement>('GET', '/settlements/:settlementId', { settlementId }, options);
  }
}
