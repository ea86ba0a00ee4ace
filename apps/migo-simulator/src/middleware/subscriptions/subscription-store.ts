import { Injectable } from '@nestjs/common';
import { prefixedId } from '../../core/ids.js';
import { toUnits } from '../../core/money.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { SEED_PLANS, SEED_SUBSCRIPTIONS } from '../../state/demo-world.js';
import { seededLinkUid } from '../payment-links/payment-link-store.js';
import { renewalPeriodDays, type Plan } from '../plans/plan.js';
import { mwErrors } from '../shared/mw-errors.js';
import { CardsOnFile, seededPaymentMethodId } from './cards-on-file.js';
import { Subscription, subscriptionView } from './subscription.js';

const DAY_MS = 86_400_000;

/** Subscriptions. They are only created by verify-card; cancelling is immediate and final. */
@Injectable()
export class SubscriptionStore implements Resettable {
  private subscriptions = new Map<string, Subscription>();

  constructor(
    registry: ResetRegistry,
    private readonly cards: CardsOnFile,
  ) {
    registry.register(this);
  }

  create(input: { plan: Plan; userId: string; trxUid: string; paymentMethodId: string; notificationEmail: string | null }): Subscription {
    const now = Date.now();
    const sub: Subscription = {
      subUid: prefixedId('sub'),
      planUid: input.plan.planUid,
      client: input.plan.client,
      userId: input.userId,
      status: 'active',
      amountUnits: input.plan.amountUnits,
      currency: input.plan.currency,
      nextRenewalDate: new Date(now + renewalPeriodDays(input.plan) * DAY_MS).toISOString(),
      notificationEmail: input.notificationEmail,
      defaultPaymentMethodId: input.paymentMethodId,
      trxUid: input.trxUid,
      failedAttempts: 0,
      createdAt: new Date(now).toISOString(),
      updatedAt: new Date(now).toISOString(),
    };
    this.subscriptions.set(sub.subUid, sub);
    return sub;
  }

  find(subUid: string): Subscription | undefined {
    return this.subscriptions.get(subUid);
  }

  get(subUid: string): Subscription {
    const sub = this.subscriptions.get(subUid);
    if (!sub) throw mwErrors.subscriptionNotFound();
    return sub;
  }

  list(client: string, userId: string): Subscription[] {
    return [...this.subscriptions.values()].filter((s) => s.client === client && s.userId === userId);
  }

  view(sub: Subscription) {
    return subscriptionView(sub, this.cards.of(sub.client, sub.userId));
  }

  setNotificationEmail(subUid: string, email: string): Subscription {
    const sub = this.get(subUid);
    sub.notificationEmail = email;
    return this.touch(sub);
  }

  /** `active → cancelled`, effective at once; any other status is 409 / 4020. */
  cancel(subUid: string): Subscription {
    const sub = this.get(subUid);
    if (sub.status !== 'active') throw mwErrors.notEligible(`A ${sub.status} subscription cannot be cancelled.`);
    sub.status = 'cancelled';
    sub.nextRenewalDate = null;
    return this.touch(sub);
  }

  setDefault(subUid: string, paymentMethodId: string): Subscription {
    const sub = this.get(subUid);
    if (sub.status === 'cancelled' || sub.status === 'expired') throw mwErrors.notEligible(`A ${sub.status} subscription cannot change its payment method.`);
    sub.defaultPaymentMethodId = this.cards.get(sub.client, sub.userId, paymentMethodId).id;
    return this.touch(sub);
  }

  /** True when the method is the default card of an active subscription (it cannot be removed then). */
  isDefaultOfActive(paymentMethodId: string): boolean {
    return [...this.subscriptions.values()].some((s) => s.status === 'active' && s.defaultPaymentMethodId === paymentMethodId);
  }

  /** Bookkeeping of one scheduled renewal: move the date on success, count failures up to the plan's attempts. */
  recordRenewal(sub: Subscription, approved: boolean, plan: Plan): Subscription {
    if (approved) {
      sub.failedAttempts = 0;
      const from = sub.nextRenewalDate ? Date.parse(sub.nextRenewalDate) : Date.now();
      sub.nextRenewalDate = new Date(from + renewalPeriodDays(plan) * DAY_MS).toISOString();
    } else {
      sub.failedAttempts++;
      if (sub.failedAttempts >= plan.dailyAttempts) sub.status = 'inactive';
    }
    return this.touch(sub);
  }

  reset(): void {
    this.subscriptions = new Map();
    const now = Date.now();
    SEED_SUBSCRIPTIONS.forEach((seed, i) => {
      const plan = SEED_PLANS.find((p) => p.planUid === seed.planUid)!;
      const createdAt = new Date(now - 65 * DAY_MS + i * 60_000).toISOString();
      this.subscriptions.set(seed.subUid, {
        subUid: seed.subUid,
        planUid: seed.planUid,
        client: seed.client,
        userId: seed.userId,
        status: seed.status,
        amountUnits: toUnits(plan.amount)!,
        currency: plan.currency,
        nextRenewalDate: seed.status === 'active' ? new Date(now + 2 * DAY_MS).toISOString() : null,
        notificationEmail: seed.userId,
        defaultPaymentMethodId: seededPaymentMethodId(seed.cardLast4),
        trxUid: seededLinkUid(i),
        failedAttempts: 0,
        createdAt,
        updatedAt: createdAt,
      });
    });
  }

  private touch(sub: Subscription): Subscription {
    sub.updatedAt = new Date().toISOString();
    return sub;
  }
}
