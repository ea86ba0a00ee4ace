import { Injectable } from '@nestjs/common';
import { prefixedId } from '../../core/ids.js';
import { toUnits } from '../../core/money.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { SEED_PLANS } from '../../state/demo-world.js';
import { isCardProcessor } from '../card-payments/card-processors.js';
import { mwAmountUnits } from '../shared/amounts.js';
import { findClient } from '../shared/clients.js';
import { mwErrors } from '../shared/mw-errors.js';
import { Plan } from './plan.js';
import type { PlanFieldsBody, PlanPatchBody } from './plan.dto.js';

const DAY_MS = 86_400_000;

function checkMethods(methods: string[] | undefined): void {
  const unknown = methods?.find((m) => !isCardProcessor(m));
  if (unknown) throw mwErrors.invalid(`plan.methods: unknown processor ${unknown}.`);
}

/** Subscription plans per client, seeded from the demo world. */
@Injectable()
export class PlanStore implements Resettable {
  private plans = new Map<string, Plan>();

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  create(client: string, fields: PlanFieldsBody): Plan {
    checkMethods(fields.methods);
    const now = new Date().toISOString();
    const plan: Plan = {
      planUid: prefixedId('pln'),
      client,
      name: fields.name,
      amountUnits: mwAmountUnits(fields.amount, 'plan.amount'),
      currency: fields.currency,
      type: fields.type ?? 'interval',
      frequency: { ...fields.frequency },
      methods: fields.methods ?? [],
      installments: fields.installments ?? [1],
      autoRenewal: fields.autoRenewal ?? true,
      dailyAttempts: fields.dailyAttempts ?? 3,
      daysNotifyExpiringCard: fields.daysNotifyExpiringCard ?? 15,
      createdAt: now,
      updatedAt: now,
    };
    this.plans.set(plan.planUid, plan);
    return plan;
  }

  /** Applies the fields present; existing subscriptions keep the amount they were created with. */
  update(client: string, planUid: string, patch: PlanPatchBody): Plan {
    const plan = this.get(client, planUid);
    checkMethods(patch.methods);
    const amountUnits = patch.amount === undefined ? plan.amountUnits : mwAmountUnits(patch.amount, 'plan.amount');
    const { amount: _amount, frequency, ...rest } = patch;
    const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
    Object.assign(plan, defined, { amountUnits, updatedAt: new Date().toISOString() });
    if (frequency) plan.frequency = { ...frequency };
    return plan;
  }

  /** A plan of this client; another client's plan is "not found" (404 / 2002). */
  get(client: string, planUid: string): Plan {
    const plan = this.plans.get(planUid);
    if (!plan || plan.client !== client) throw mwErrors.planNotFound();
    return plan;
  }

  list(client: string): Plan[] {
    return [...this.plans.values()].filter((p) => p.client === client);
  }

  reset(): void {
    this.plans = new Map();
    const createdAt = new Date(Date.now() - 400 * DAY_MS).toISOString();
    for (const seed of SEED_PLANS) {
      this.plans.set(seed.planUid, {
        planUid: seed.planUid,
        client: seed.client,
        name: seed.name,
        amountUnits: toUnits(seed.amount)!,
        currency: seed.currency,
        type: 'interval',
        frequency: { frequency: seed.frequencyDays, shortDescription: 'Monthly', longDescription: `Charged every ${seed.frequencyDays} days` },
        methods: [findClient(seed.client)!.cardProcessor],
        installments: [1],
        autoRenewal: true,
        dailyAttempts: 3,
        daysNotifyExpiringCard: 15,
        createdAt,
        updatedAt: createdAt,
      });
    }
  }
}
