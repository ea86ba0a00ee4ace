import { Injectable } from '@nestjs/common';
import { Sequence } from '../../core/ids.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';

export interface LinkedCard {
  associationId: number;
  userId: number;
  cardId: number;
  alias: string;
  createdAt: string;
  updatedAt: string;
}

/** Third-party cards a user has linked (someone else's Migo card, found by owner e-mail + last 4). */
@Injectable()
export class LinkedCards implements Resettable {
  private links = new Map<number, LinkedCard>();
  private readonly ids = new Sequence(1);

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  create(userId: number, cardId: number, alias: string): LinkedCard {
    if (this.of(userId).some((l) => l.cardId === cardId)) throw MigoBusinessError.named('LINKED_CARD_ALREADY_EXISTS');
    const now = new Date().toISOString();
    const link: LinkedCard = { associationId: this.ids.take(), userId, cardId, alias, createdAt: now, updatedAt: now };
    this.links.set(link.associationId, link);
    return link;
  }

  of(userId: number): LinkedCard[] {
    return [...this.links.values()].filter((l) => l.userId === userId);
  }

  get(userId: number, associationId: number): LinkedCard {
    const link = this.links.get(associationId);
    if (!link || link.userId !== userId) throw MigoBusinessError.named('THIRD_PARTY_CARD_NOT_FOUND');
    return link;
  }

  rename(userId: number, associationId: number, alias: string): LinkedCard {
    const link = this.get(userId, associationId);
    link.alias = alias;
    link.updatedAt = new Date().toISOString();
    return link;
  }

  remove(userId: number, associationId: number): LinkedCard {
    const link = this.get(userId, associationId);
    this.links.delete(associationId);
    return link;
  }

  reset(): void {
    this.links = new Map();
    this.ids.reset();
  }
}
