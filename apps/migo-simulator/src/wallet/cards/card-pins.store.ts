import { Injectable } from '@nestjs/common';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';

/** Write-only PIN hashes: the card PIN, and per-user PINs on shared cards. No route ever reads them back. */
@Injectable()
export class CardPins implements Resettable {
  private cardPins = new Map<number, string>();
  private userPins = new Map<string, string>();

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  setCardPin(cardId: number, pinHash: string): void {
    this.cardPins.set(cardId, pinHash);
  }

  setUserPin(cardId: number, userId: number, pinHash: string): void {
    this.userPins.set(`${cardId}:${userId}`, pinHash);
  }

  reset(): void {
    this.cardPins = new Map();
    this.userPins = new Map();
  }
}
