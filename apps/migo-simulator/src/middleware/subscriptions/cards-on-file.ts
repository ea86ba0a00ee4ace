import { Injectable } from '@nestjs/common';
import { prefixedId } from '../../core/ids.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { SEED_SUBSCRIPTIONS } from '../../state/demo-world.js';
import { findClient } from '../shared/clients.js';
import { mwErrors } from '../shared/mw-errors.js';

/** A card tokenized by verify-card. Only the last 4 digits are kept; never the PAN or the CVV. */
export interface TokenizedCard {
  cardId: string;
  client: string;
  userId: string;
  processor: string;
  last4: string;
  brand: string;
  createdAt: string;
}

/** A tokenized card on file for a subscriber (user + client), usable by every subscription of theirs. */
export interface PaymentMethod {
  id: string;
  cardId: string;
  client: string;
  userId: string;
  processorId: string;
  alias: string;
  last4: string;
  brand: string;
  createdAt: string;
}

/** Card brand by the first digit of the PAN (the seed applies it to its last 4 digits, which start like the PAN). */
export function brandOf(digits: string): string {
  return ({ '3': 'amex', '4': 'visa', '5': 'mastercard', '6': 'discover' } as Record<string, string>)[digits[0]] ?? 'unknown';
}

export function paymentMethodView(method: PaymentMethod) {
  const { client, ...rest } = method;
  return { ...rest, clientId: client };
}

/** Seeded ids are derived from the seed's last 4 digits so the subscription store can name them. */
export const seededPaymentMethodId = (last4: string) => `pm_seed_${last4}`;

/** Tokenized cards and the payment methods on file. */
@Injectable()
export class CardsOnFile implements Resettable {
  private cards = new Map<string, TokenizedCard>();
  private methods = new Map<string, PaymentMethod>();

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  tokenize(input: Omit<TokenizedCard, 'cardId' | 'createdAt'>): TokenizedCard {
    const card: TokenizedCard = { ...input, cardId: prefixedId('crd'), createdAt: new Date().toISOString() };
    this.cards.set(card.cardId, card);
    return card;
  }

  /** Puts a tokenized card of this subscriber on file; adding the same card again answers the existing method. */
  add(input: { client: string; userId: string; cardId: string; processorId: string; alias?: string }): PaymentMethod {
    const card = this.cards.get(input.cardId);
    if (!card || card.client !== input.client || card.userId !== input.userId) throw mwErrors.cardNotFound();
    const existing = this.of(input.client, input.userId).find((m) => m.cardId === card.cardId);
    if (existing) return existing;
    const method: PaymentMethod = {
      id: prefixedId('pm'),
      cardId: card.cardId,
      client: card.client,
      userId: card.userId,
      processorId: input.processorId,
      alias: input.alias ?? `Card ending ${card.last4}`,
      last4: card.last4,
      brand: card.brand,
      createdAt: new Date().toISOString(),
    };
    this.methods.set(method.id, method);
    return method;
  }

  /** A payment method of this subscriber; anyone else's is "not found" (404 / 2004). */
  get(client: string, userId: string, id: string): PaymentMethod {
    const method = this.methods.get(id);
    if (!method || method.client !== client || method.userId !== userId) throw mwErrors.paymentMethodNotFound();
    return method;
  }

  remove(client: string, userId: string, id: string): PaymentMethod {
    const method = this.get(client, userId, id);
    this.methods.delete(id);
    return method;
  }

  of(client: string, userId: string): PaymentMethod[] {
    return [...this.methods.values()].filter((m) => m.client === client && m.userId === userId);
  }

  reset(): void {
    this.cards = new Map();
    this.methods = new Map();
    const createdAt = new Date(Date.now() - 65 * 86_400_000).toISOString();
    for (const sub of SEED_SUBSCRIPTIONS) {
      const id = seededPaymentMethodId(sub.cardLast4);
      if (this.methods.has(id)) continue;
      const processor = findClient(sub.client)!.cardProcessor;
      const card: TokenizedCard = { cardId: `crd_seed_${sub.cardLast4}`, client: sub.client, userId: sub.userId, processor, last4: sub.cardLast4, brand: brandOf(sub.cardLast4), createdAt };
      this.cards.set(card.cardId, card);
      this.methods.set(id, { id, cardId: card.cardId, client: sub.client, userId: sub.userId, processorId: processor, alias: `Card ending ${sub.cardLast4}`, last4: sub.cardLast4, brand: card.brand, createdAt });
    }
  }
}
