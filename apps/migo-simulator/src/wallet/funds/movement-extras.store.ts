import { Injectable } from '@nestjs/common';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { Movement, movementView } from '../../state/ledger.js';

/** The `customKeys` a funds operation carried, which the Ledger's movement record has no place for. */
@Injectable()
export class MovementExtras implements Resettable {
  private customKeys = new Map<number, Record<string, unknown>>();

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  remember(movementId: number, customKeys: Record<string, unknown> | undefined): void {
    if (customKeys) this.customKeys.set(movementId, customKeys);
  }

  customKeysOf(movementId: number): Record<string, unknown> | undefined {
    return this.customKeys.get(movementId);
  }

  /** The Ledger's movement view plus its `customKeys` (null when none were sent). */
  view(movement: Movement) {
    return { ...movementView(movement), customKeys: this.customKeys.get(movement.id) ?? null };
  }

  reset(): void {
    this.customKeys = new Map();
  }
}
