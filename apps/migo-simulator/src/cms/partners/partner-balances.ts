import { Injectable } from '@nestjs/common';
import { fromUnits, toUnits } from '../../core/money.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { SEED_PARTNERS } from '../../state/demo-world.js';

interface PartnerBalance {
  id: number;
  clientId: string;
  availableUnits: number;
  currency: string;
  createdAt: string;
  updatedAt: string;
}

/** Each partner's available balance (GET /app/partners/{clientId}/balance), credited by approved process requests. */
@Injectable()
export class PartnerBalances implements Resettable {
  private balances = new Map<string, PartnerBalance>();

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  view(clientId: string) {
    const balance = this.get(clientId);
    return { id: balance.id, clientId: balance.clientId, available: fromUnits(balance.availableUnits), currency: balance.currency, updatedAt: balance.updatedAt, createdAt: balance.createdAt };
  }

  credit(clientId: string, units: number): void {
    const balance = this.get(clientId);
    balance.availableUnits += units;
    balance.updatedAt = new Date().toISOString();
  }

  reset(): void {
    const createdAt = new Date(Date.now() - 400 * 86_400_000).toISOString();
    const updatedAt = new Date(Date.now() - 86_400_000).toISOString();
    this.balances = new Map(
      SEED_PARTNERS.map((p, i) => [p.partnerId, { id: i + 1, clientId: p.partnerId, availableUnits: toUnits(p.balance)!, currency: p.currency, createdAt, updatedAt }]),
    );
  }

  private get(clientId: string): PartnerBalance {
    const balance = this.balances.get(clientId);
    if (!balance) throw MigoBusinessError.named('PARTNER_NOT_FOUND');
    return balance;
  }
}
