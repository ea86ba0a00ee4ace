import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS, REDIS_KEYS } from '#common';
import type { RedisKeys } from '#common';
import { WalletGatewayClient } from '#wallet-gateway';
import type { ApiClient } from '../../auth/api-clients.js';
import { forbidden } from '../../auth/api-key.guard.js';

/** Owners rarely change; an unknown owner is re-asked sooner, so a card just assigned becomes reachable quickly. */
const KNOWN_OWNER_TTL_SECONDS = 3600;
const UNKNOWN_OWNER_TTL_SECONDS = 30;

/**
 * Which partner a Wallet user or card belongs to. Wallet paths name cards and users, not partners, so this is how the
 * partner allow-list of a restricted app is enforced on them. A card's partner is its holder's partner; a card with
 * no holder (inventory) or a user without a partner has none (`null`). Answers are cached in Redis for every instance.
 */
@Injectable()
export class WalletOwnership {
  constructor(
    private readonly wallet: WalletGatewayClient,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
  ) {}

  partnerOfUser(userId: number): Promise<string | null> {
    return this.cached('user', userId, async () => (await this.wallet.user(userId)).partnerId ?? null);
  }

  partnerOfCard(cardId: number): Promise<string | null> {
    return this.cached('card', cardId, async () => {
      const card = await this.wallet.card(cardId);
      return card.userId === null ? null : this.partnerOfUser(card.userId);
    });
  }

  /**
   * For an object that involves several cards (a transfer): the app may see it when at least one card is of one of its
   * partners, since the other side of its own card's movement is part of its own history. Otherwise 403.
   */
  async assertEitherCardAllowed(app: ApiClient, cardIds: readonly number[], what: string): Promise<void> {
    if (!app.partners) return;
    const partners = await Promise.all(cardIds.map((id) => this.partnerOfCard(id)));
    if (!partners.some((partner) => partner !== null && app.partners!.has(partner))) {
      throw forbidden(`App "${app.name}" may not read ${what}: none of its cards (${cardIds.join(', ')}) is of a partner of this app`);
    }
  }

  private async cached(kind: 'user' | 'card', id: number, resolve: () => Promise<string | null>): Promise<string | null> {
    const key = this.keys.key('wallet-owner', kind, id);
    const hit = await this.redis.get(key).catch(() => null);
    if (hit !== null) return hit === '' ? null : hit;
    const partner = await resolve();
    await this.redis.set(key, partner ?? '', 'EX', partner ? KNOWN_OWNER_TTL_SECONDS : UNKNOWN_OWNER_TTL_SECONDS).catch(() => undefined);
    return partner;
  }
}
