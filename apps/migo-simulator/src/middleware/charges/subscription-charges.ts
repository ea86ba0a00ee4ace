import { Injectable } from '@nestjs/common';
import { PlanStore } from '../plans/plan-store.js';
import { centsOf } from '../shared/amounts.js';
import { mwErrors } from '../shared/mw-errors.js';
import type { Subscription } from '../subscriptions/subscription.js';
import { SubscriptionCallbacks } from '../subscriptions/subscription-callbacks.js';
import { SubscriptionStore } from '../subscriptions/subscription-store.js';
import { ChargeSource, DenialReason, HistoryEntry, PaymentHistory } from './payment-history.js';

/** Charges a subscription and records exactly one payment-history entry per charge. */
@Injectable()
export class SubscriptionCharges {
  constructor(
    private readonly history: PaymentHistory,
    private readonly subscriptions: SubscriptionStore,
    private readonly plans: PlanStore,
    private readonly callbacks: SubscriptionCallbacks,
  ) {}

  /**
   * A merchant-initiated charge (on-demand batch or CSV row): denied when the subscription is not active or the
   * amount's cents are .99 (the simulator's "insufficient funds" card); approved otherwise. An active subscription
   * always has its default card on file (it cannot be removed), so there is no "no card" case.
   */
  chargeOnDemand(sub: Subscription, amountUnits: number, source: ChargeSource, metadata?: unknown): HistoryEntry {
    const reason: DenialReason | undefined =
      sub.status !== 'active' ? 'subscription_inactive' : centsOf(amountUnits) === 99 ? 'insufficient_funds' : undefined;
    return this.history.record({ subscriptionId: sub.subUid, amountUnits, currency: sub.currency, status: reason ? 'denied' : 'approved', reason, source, metadata });
  }

  /**
   * One scheduled renewal of an active subscription at its amount: approved, unless `forced` to 'denied'
   * (card_declined). Success moves the renewal date on; a denial counts towards the plan's `dailyAttempts`.
   */
  renew(subUid: string, forced?: 'approved' | 'denied'): { entry: HistoryEntry; subscription: Subscription } {
    const sub = this.subscriptions.get(subUid);
    if (sub.status !== 'active') throw mwErrors.notEligible(`A ${sub.status} subscription is not renewed.`);
    const reason: DenialReason | undefined = forced === 'denied' ? 'card_declined' : undefined;
    const entry = this.history.record({ subscriptionId: sub.subUid, amountUnits: sub.amountUnits, currency: sub.currency, status: reason ? 'denied' : 'approved', reason, source: { type: 'scheduled' } });
    const subscription = this.subscriptions.recordRenewal(sub, !reason, this.plans.get(sub.client, sub.planUid));
    this.callbacks.renewed(subscription, entry.status);
    return { entry, subscription };
  }
}
