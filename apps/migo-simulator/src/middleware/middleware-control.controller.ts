import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { SimSettings } from '../core/sim-settings.service.js';
import { RenewalSchedule } from './charges/renewal-schedule.js';
import { ApmStore } from './alternative-payments/apm-store.js';
import { apmTransactionView } from './alternative-payments/apm-transaction.js';
import { historyEntryView } from './charges/payment-history.js';
import { SubscriptionCharges } from './charges/subscription-charges.js';
import { MiddlewareControlErrorFilter } from './control-error.filter.js';
import { paymentLinkView } from './payment-links/payment-link.js';
import { PaymentLinkStore } from './payment-links/payment-link-store.js';
import { mwErrors } from './shared/mw-errors.js';
import { SubscriptionStore } from './subscriptions/subscription-store.js';

const OUTCOMES = ['approved', 'denied', 'expired'] as const;

class OutcomeBody {
  /** Either case; a payment link stores it lower-case, an alternative payment upper-case. */
  @IsIn([...OUTCOMES, ...OUTCOMES.map((o) => o.toUpperCase())]) status!: string;
}

/** The card and payer the simulated customer pays with (the hosted checkout sees them; the merchant never does). */
class CheckoutBody {
  @IsOptional() @Matches(/^\d{6,8}$/) bin?: string;
  @IsOptional() @IsString() fingerprint?: string;
  @IsOptional() @IsString() email?: string;
  @IsOptional() @IsString() phone?: string;
  @IsOptional() @IsString() document?: string;
}

class RenewalBody {
  @IsOptional() @IsIn(['approved', 'denied']) outcome?: 'approved' | 'denied';
}

class RenewalScheduleBody {
  /** The outcome of each renewal, in order (a time-scaled month each). */
  @IsArray() @ArrayMaxSize(1000) @IsIn(['approved', 'denied'], { each: true }) outcomes!: Array<'approved' | 'denied'>;
  /** A "month" in ms; SIM_RENEWAL_PERIOD_MS when left out. */
  @IsOptional() @IsInt() @Min(10) @Max(86_400_000) periodMs?: number;
}

/** Control plane for the Middleware (/__sim/middleware): end or pay a transaction now, run a renewal now. */
@Controller()
@UseFilters(MiddlewareControlErrorFilter)
export class MiddlewareControlController {
  constructor(
    private readonly links: PaymentLinkStore,
    private readonly apm: ApmStore,
    private readonly charges: SubscriptionCharges,
    private readonly subscriptions: SubscriptionStore,
    private readonly schedule: RenewalSchedule,
    private readonly settings: SimSettings,
  ) {}

  /** Ends a payment link (created) or an alternative payment (CREATED / USED / IN_PROGRESS) with the given status. */
  @Post('transactions/:uid/outcome')
  @HttpCode(200)
  outcome(@Param('uid') uid: string, @Body() body: OutcomeBody) {
    const status = body.status.toLowerCase() as (typeof OUTCOMES)[number];
    if (this.links.find(uid)) return { kind: 'payment-link', transaction: paymentLinkView(this.links.forceOutcome(uid, status)) };
    if (this.apm.find(uid)) {
      const upper = status.toUpperCase() as 'APPROVED' | 'DENIED' | 'EXPIRED';
      return { kind: 'alternative-payment', transaction: apmTransactionView(this.apm.forceOutcome(uid, upper)) };
    }
    throw mwErrors.transactionNotFound();
  }

  /** The customer pays a created payment link now: screened against its client's fraud lists, then by the cents. */
  @Post('transactions/:uid/checkout')
  @HttpCode(200)
  checkout(@Param('uid') uid: string, @Body() body: CheckoutBody = {}) {
    return { kind: 'payment-link', transaction: paymentLinkView(this.links.checkout(uid, body)) };
  }

  /** Charges one scheduled renewal of an active subscription now (the 12 h cron, on demand). */
  @Post('subscriptions/:subUid/run-renewal')
  @HttpCode(200)
  runRenewal(@Param('subUid') subUid: string, @Body() body: RenewalBody = {}) {
    const { entry, subscription } = this.charges.renew(subUid, body.outcome);
    return { entry: historyEntryView(entry, true), subscription: this.subscriptions.view(subscription) };
  }

  /** Runs the subscription's renewals on a time-scaled schedule: one every `periodMs`, with these outcomes. */
  @Post('subscriptions/:subUid/schedule-renewals')
  @HttpCode(202)
  scheduleRenewals(@Param('subUid') subUid: string, @Body() body: RenewalScheduleBody) {
    const subscription = this.subscriptions.get(subUid);
    const periodMs = body.periodMs ?? this.settings.current.renewalPeriodMs;
    this.schedule.start(subscription.subUid, body.outcomes, periodMs);
    return { subUid: subscription.subUid, renewals: body.outcomes.length, periodMs };
  }
}
