import { Injectable } from '@nestjs/common';
import { Sequence } from '../../core/ids.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { TransferTypeItem } from './transfers.dto.js';

export interface TransferType {
  id: number;
  type: string;
  channel: TransferTypeItem['channel'];
  movementType: TransferTypeItem['movementType'];
  model: TransferTypeItem['model'];
  name: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Transfer type definitions. Defining the same type/channel/movementType/model again updates its name. */
@Injectable()
export class TransferTypes implements Resettable {
  private types = new Map<string, TransferType>();
  private readonly ids = new Sequence(1);

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  define(items: TransferTypeItem[]): TransferType[] {
    const now = new Date().toISOString();
    return items.map((item) => {
      const key = `${item.type}|${item.channel}|${item.movementType}|${item.model}`;
      const existing = this.types.get(key);
      if (existing) {
        if (item.name !== undefined) existing.name = item.name;
        existing.updatedAt = now;
        return existing;
      }
      const created: TransferType = { id: this.ids.take(), type: item.type, channel: item.channel, movementType: item.movementType, model: item.model, name: item.name ?? null, createdAt: now, updatedAt: now };
      this.types.set(key, created);
      return created;
    });
  }

  reset(): void {
    this.types = new Map();
    this.ids.reset();
  }
}
