import { Inject, Injectable } from '@nestjs/common';
import { REDIS, REDIS_KEYS } from '#common';
import type { RedisConnection, RedisKeys } from '#common';

/** Who a CMS cardholder is on the other surfaces: their Wallet user, cards and Middleware user id (the email). */
export interface CardholderIdentity {
  walletUserId: number;
  email: string;
  cardIds: number[];
}

/** Identities change rarely, and every use is checked against the fresh CMS answer, so a long TTL is safe. */
const IDENTITY_TTL_SECONDS = 24 * 3600;

/**
 * Remembers each cardholder's cross-surface identity so a warm cardholder view can ask the CMS, the Wallet and the
 * Middleware at the same time instead of waiting for the CMS to say who to ask for. Shared by all BFF instances;
 * it holds ids and an email, nothing secret.
 */
@Injectable()
export class CardholderIdentityCache {
  constructor(
    @Inject(REDIS) private readonly redis: RedisConnection,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
  ) {}

  private key(partnerId: string, cardholderId: number): string {
    return this.keys.key('view-identity', partnerId, cardholderId);
  }

  async get(partnerId: string, cardholderId: number): Promise<CardholderIdentity | undefined> {
    const raw = await this.redis.get(this.key(partnerId, cardholderId)).catch(() => null);
    return raw ? (JSON.parse(raw) as CardholderIdentity) : undefined;
  }

  async set(partnerId: string, cardholderId: number, identity: CardholderIdentity): Promise<void> {
    await this.redis.set(this.key(partnerId, cardholderId), JSON.stringify(identity), 'EX', IDENTITY_TTL_SECONDS).catch(() => undefined);
  }
}

export function sameIdentity(a: CardholderIdentity, b: CardholderIdentity): boolean {
  return a.walletUserId === b.walletUserId && a.email === b.email && a.cardIds.length === b.cardIds.length && a.cardIds.every((id) => b.cardIds.includes(id));
}
