import type { WalletCallOptions, WalletCalls } from '../wallet-calls.js';
import type { Terminal, TerminalPayment, TerminalRemoved, TerminalUpdate } from '../wallet.types.js';

/** Terminals and their device transactions. */
export class WalletTerminals {
  constructor(private readonly calls: WalletCalls) {}

  userTerminal(authUserId: number, deviceId: string, options?: WalletCallOptions) {
    return this.calls.call<Terminal>('GET', '/devices/users/:authUserId/terminals/:deviceId', { authUserId, deviceId }, options);
  }

  /** Legacy alias of `userTerminal`. */
  userTerminalLegacy(authUserId: number, deviceId: string, options?: WalletCallOptions) {
    return this.calls.call<Terminal>('GET', '/businesses/users/:authUserId/terminals/:deviceId', { authUserId, deviceId }, options);
  }

  /** The last 180 days only; Migo offers no date filter. */
  deviceTransactions(deviceId: string, options?: WalletCallOptions) {
    return this.calls.call<TerminalPayment[]>('GET', '/devices/:deviceId/transactions', { deviceId }, options);
  }

  deviceTransaction(deviceId: string, transactionId: number, options?: WalletCallOptions) {
    return this.calls.call<TerminalPayment>('GET', '/devices/:deviceId/transactions/:transactionId', { deviceId, transactionId }, options);
  }

  updateTerminal(deviceId: string, body: TerminalUpdate, options?: WalletCallOptions) {
    return this.calls.call<Terminal>('PATCH', '/businesses/terminals/:deviceId', { deviceId }, options, { body });
  }

  /** Irreversible. */
  removeTerminal(deviceId: string, options?: WalletCallOptions) {
    return this.calls.call<TerminalRemoved>('DELETE', '/businesses/terminals/:deviceId', { deviceId }, options);
  }
}
