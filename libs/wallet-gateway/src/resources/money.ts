import type { WalletCallOptions, WalletCalls } from '../wallet-calls.js';
import type { CardMovement, CardTransfer, CardTransferRequest, FundsAdjustmentRequest, FundsMovement, FundsOperationRequest, TerminalPayment, TerminalPaymentRequest, TerminalPaymentUpdate, TransferType, TransferTypeDefinition } from '../wallet.types.js';

/** Money: funds, card transfers, transfer types and terminal payments. */
export class WalletMoney {
  constructor(private readonly calls: WalletCalls) {}

  operateFunds(cardId: number, body: FundsOperationRequest, options?: WalletCallOptions) {
    return this.calls.call<FundsMovement>('POST', '/cards/:cardId/funds', { cardId }, options, { body });
  }

  /** An issuer-side adjustment: a PUT that moves money, so never retried. */
  adjustFunds(cardId: number, body: FundsAdjustmentRequest, options?: WalletCallOptions) {
    return this.calls.call<FundsMovement>('PUT', '/cards/:cardId/funds', { cardId }, options, { body, idempotent: false });
  }

  transfer(body: CardTransferRequest, options?: WalletCallOptions) {
    return this.calls.call<CardTransfer>('POST', '/cards/transfer', {}, options, { body });
  }

  cardTransfer(id: number, options?: WalletCallOptions) {
    return this.calls.call<CardTransfer>('GET', '/card-transfers/:id', { id }, options);
  }

  monthlyTransfers(cardId: number, month: number, year: number, options?: WalletCallOptions) {
    return this.calls.call<CardMovement[]>('GET', '/cards/:cardId/transfers/:month/:year', { cardId, month, year }, options);
  }

  defineTransferTypes(body: { types: TransferTypeDefinition[] }, options?: WalletCallOptions) {
    return this.calls.call<TransferType[]>('POST', '/card-transfers/types', {}, options, { body });
  }

  createTerminalPayment(body: TerminalPaymentRequest, options?: WalletCallOptions) {
    return this.calls.call<TerminalPayment>('POST', '/terminal-payment', {}, options, { body });
  }

  /** The only way to cancel, reverse or mark a terminal payment refunded. */
  updateTerminalPayment(id: number, body: TerminalPaymentUpdate, options?: WalletCallOptions) {
    return this.calls.call<TerminalPayment>('PATCH', '/terminal-payment/:id', { id }, options, { body });
  }

  terminalPayment(id: number, options?: WalletCallOptions) {
    return this.calls.call<TerminalPayment>('GET', '/terminal-payment/:id', { id }, options);
  }
}
