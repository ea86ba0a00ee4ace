import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { SubscriptionCharges } from './subscription-charges.js';

export type RenewalOutcome = 'approved' | 'denied';

/**
 * Time-scaled renewals: Migo's 12 h cron, one renewal every `periodMs` (a "month" in milliseconds), with the outcomes
 * a test scripts, until they run out or the subscription stops being renewed (three denials make it inactive). A
 * reset or shutdown stops every schedule.
 */
@Injectable()
export class RenewalSchedule implements Resettable, OnModuleDestroy {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly charges: SubscriptionCharges,
    registry: ResetRegistry,
  ) {
    registry.register(this);
  }

  /** Replaces any schedule of the subscription; the first renewal runs after one period. */
  start(subUid: string, outcomes: readonly RenewalOutcome[], periodMs: number): void {
    this.stop(subUid);
    const remaining = [...outcomes];
    const next = () => {
      const outcome = remaining.shift();
      if (!outcome) return this.timers.delete(subUid);
      try {
        this.charges.renew(subUid, outcome);
      } catch {
        return this.timers.delete(subUid); // no longer active (or gone): Migo stops renewing it
      }
      this.timers.set(subUid, setTimeout(next, periodMs).unref());
    };
    this.timers.set(subUid, setTimeout(next, periodMs).unref());
  }

  stop(subUid: string): void {
    clearTimeout(this.timers.get(subUid));
    this.timers.delete(subUid);
  }

  /** Subscriptions with renewals still to run. */
  get scheduled(): string[] {
    return [...this.timers.keys()];
  }

  reset(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  onModuleDestroy(): void {
    this.reset();
  }
}
