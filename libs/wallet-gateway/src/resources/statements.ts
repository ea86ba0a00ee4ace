import type { WalletCallOptions, WalletCalls } from '../wallet-calls.js';
import type { StatementAccepted, StatementStatus } from '../wallet.types.js';

/** Card statements, rendered by Migo later. */
export class WalletStatements {
  constructor(private readonly calls: WalletCalls) {}

  /** Accepted as `processing`; Migo renders it later (follow it with `statementStatus`). */
  requestStatement(cardId: number, body: { month: number; year: number }, options?: WalletCallOptions) {
    return this.calls.call<StatementAccepted>('POST', '/cards/:cardId/statements', { cardId }, options, { body });
  }

  statementStatus(cardId: number, reference: string, options?: WalletCallOptions) {
    return this.calls.call<StatementStatus>('GET', '/cards/:cardId/statements/:reference', { cardId, reference }, options);
  }

  /** The PDF, once the statement is ready (Migo answers 409 / 7401 before). */
  statementFile(cardId: number, reference: string, options?: WalletCallOptions) {
    return this.calls.file('GET', '/cards/:cardId/statements/:reference/file', { cardId, reference }, options);
  }
}
