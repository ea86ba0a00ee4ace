import { Injectable } from '@nestjs/common';
import { MiddlewareClient } from '#middleware';
import { isNotFound, OwnerCache } from './owner-cache.js';
import { ownedBy, Owners } from './owners.js';

/**
 * Middleware objects addressed by a uid belong to their `client`, which is the partner's slug
 * (docs/upstream-assumptions.md, "Middleware client = partner"). A uid's client never changes, so it is cached.
 */
@Injectable()
export class MiddlewareOwners {
  constructor(
    private readonly middleware: MiddlewareClient,
    private readonly cache: OwnerCache,
  ) {}

  async paymentLink(uid: string): Promise<Owners> {
    return ownedBy(await this.cache.owner('payment-link', uid, async () => (await this.middleware.paymentLinks.getPaymentLink(uid)).client));
  }

  async alternativePayment(uid: string): Promise<Owners> {
    return ownedBy(await this.cache.owner('alternative-payment', uid, async () => (await this.middleware.alternativePayments.getAlternativePayment(uid)).client));
  }

  async subscription(subUid: string): Promise<Owners> {
    return ownedBy(await this.cache.owner('subscription', subUid, async () => (await this.middleware.subscriptions.getSubscription(subUid)).client));
  }

  /** verify-card takes either kind of transaction uid. */
  async transaction(uid: string): Promise<Owners> {
    return ownedBy(
      await this.cache.owner('middleware-transaction', uid, async () => {
        const link = await this.middleware.paymentLinks.getPaymentLink(uid).catch((error: unknown) => {
          if (isNotFound(error)) return undefined;
          throw error;
        });
        return link ? link.client : (await this.middleware.alternativePayments.getAlternativePayment(uid)).client;
      }),
    );
  }
}
