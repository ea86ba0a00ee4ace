import type { WalletCallOptions, WalletCalls } from '../wallet-calls.js';
import type { Card, LinkedCard, LinkedCardRemoved, PinSet } from '../wallet.types.js';

/** Cards: issuing, linking, status, aliases and PINs. */
export class WalletCards {
  constructor(private readonly calls: WalletCalls) {}

  /** Issues a new card (physical, despite the path): inactive until it has a PIN. */
  issueCard(userId: number, options?: WalletCallOptions) {
    return this.calls.call<Card>('POST', '/users/:userId/cards/virtuals', { userId }, options);
  }

  /** Links an existing card of partner `clientId` by its number (the PAN travels only in this body). */
  linkCard(userId: number, clientId: string, body: { card: string; alias?: string }, options?: WalletCallOptions) {
    return this.calls.call<Card>('POST', '/users/:userId/cards', { userId }, options, { body, query: { clientId } });
  }

  userCards(userId: number, options?: WalletCallOptions) {
    return this.calls.call<Card[]>('GET', '/users/:userId/cards', { userId }, options);
  }

  card(cardId: number, options?: WalletCallOptions) {
    return this.calls.call<Card>('GET', '/cards/:cardId', { cardId }, options);
  }

  setCardStatus(cardId: number, body: { status: 'active' | 'blocked' }, options?: WalletCallOptions) {
    return this.calls.call<Card>('PATCH', '/cards/:cardId/status', { cardId }, options, { body });
  }

  setCardAlias(cardId: number, body: { alias: string }, options?: WalletCallOptions) {
    return this.calls.call<Card>('PATCH', '/cards/:cardId/alias', { cardId }, options, { body });
  }

  linkThirdPartyCard(userId: number, body: { email: string; suffix: string; alias: string }, options?: WalletCallOptions) {
    return this.calls.call<LinkedCard>('POST', '/users/:userId/linked-cards', { userId }, options, { body });
  }

  linkedCards(userId: number, options?: WalletCallOptions) {
    return this.calls.call<LinkedCard[]>('GET', '/users/:userId/linked-cards', { userId }, options);
  }

  renameLinkedCard(userId: number, associationId: number, body: { alias: string }, options?: WalletCallOptions) {
    return this.calls.call<LinkedCard>('PATCH', '/users/:userId/linked-cards/:associationId', { userId, associationId }, options, { body });
  }

  removeLinkedCard(userId: number, associationId: number, options?: WalletCallOptions) {
    return this.calls.call<LinkedCardRemoved>('DELETE', '/users/:userId/linked-cards/:associationId', { userId, associationId }, options);
  }

  setPin(cardId: number, body: { pin: string }, options?: WalletCallOptions) {
    return this.calls.call<PinSet>('POST', '/cards/:cardId/pin', { cardId }, options, { body });
  }

  /** Overrides only that user's PIN on a shared card. */
  setUserPin(cardId: number, authUserId: number, body: { pin: string }, options?: WalletCallOptions) {
    return this.calls.call<PinSet>('POST', '/cards/:cardId/users/:authUserId/pin', { cardId, authUserId }, options, { body });
  }
}
