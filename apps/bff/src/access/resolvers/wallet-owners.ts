import { Injectable } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import { isNotFound, OwnerCache } from './owner-cache.js';
import { ownedBy, Owners } from './owners.js';

/**
 * Wallet paths name users, cards and transfers, not partners. A user has its partner; a card is its holder's partner's
 * (no holder: inventory, no partner); a transfer is its two cards' partners, either one enough.
 */
@Injectable()
export class WalletOwners {
  constructor(
    private readonly wallet: WalletGatewayClient,
    private readonly cache: OwnerCache,
  ) {}

  partnerOfUser(userId: number): Promise<string | null> {
    return this.cache.owner('wallet-user', userId, async () => (await this.wallet.users.user(userId)).partnerId ?? null);
  }

  partnerOfCard(cardId: number): Promise<string | null> {
    return this.cache.owner('wallet-card', cardId, async () => {
      const card = await this.wallet.cards.card(cardId);
      return card.userId === null ? null : this.partnerOfUser(card.userId);
    });
  }

  async user(userId: number): Promise<Owners> {
    return ownedBy(await this.partnerOfUser(userId));
  }

  async card(cardId: number): Promise<Owners> {
    return ownedBy(await this.partnerOfCard(cardId));
  }

  /** A settlement is one partner's, for good (cached like the other owners). */
  async settlement(settlementId: string): Promise<Owners> {
    return ownedBy(await this.cache.owner('wallet-settlement', settlementId, async () => (await this.wallet.settlements.settlement(settlementId)).partnerId));
  }

  /** Not cached: a transfer's cards are read each time (its two card owners are). */
  async transfer(transferId: number): Promise<Owners> {
    const transfer = await this.wallet.money.cardTransfer(transferId).catch((error: unknown) => {
      if (isNotFound(error)) return undefined;
      throw error;
    });
    if (!transfer) return { partners: [], match: 'any' };
    return { partners: await Promise.all([transfer.fromCardId, transfer.toCardId].map((id) => this.partnerOfCard(id))), match: 'any' };
  }
}
