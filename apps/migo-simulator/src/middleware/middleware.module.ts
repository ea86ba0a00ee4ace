import { RenewalSchedule } from './charges/renewal-schedule.js';
import { Module } from '@nestjs/common';
import { ApmController } from './alternative-payments/apm.controller.js';
import { ApmStore } from './alternative-payments/apm-store.js';
import { MerchantTokenGuard } from './auth/merchant-token.guard.js';
import { MiddlewareJwtGuard } from './auth/middleware-jwt.guard.js';
import { CardPaymentsController } from './card-payments/card-payments.controller.js';
import { ChargeIntake } from './charges/charge-intake.js';
import { ChargeRuns } from './charges/charge-runs.js';
import { ChargesController } from './charges/charges.controller.js';
import { PaymentHistory } from './charges/payment-history.js';
import { SubscriptionCharges } from './charges/subscription-charges.js';
import { PaymentLinksController } from './payment-links/payment-links.controller.js';
import { PaymentLinkStore } from './payment-links/payment-link-store.js';
import { PaymentLinkCallbacks } from './payment-links/payment-link-callbacks.js';
import { SubscriptionCallbacks } from './subscriptions/subscription-callbacks.js';
import { PaymentsController } from './payments/payments.controller.js';
import { PlanStore } from './plans/plan-store.js';
import { PlansController } from './plans/plans.controller.js';
import { CardVerification } from './subscriptions/card-verification.js';
import { CardsOnFile } from './subscriptions/cards-on-file.js';
import { PaymentMethodsController } from './subscriptions/payment-methods.controller.js';
import { SubscriptionsController } from './subscriptions/subscriptions.controller.js';
import { SubscriptionStore } from './subscriptions/subscription-store.js';
import { SuspensionsController } from './suspensions/suspensions.controller.js';
import { SuspensionStore } from './suspensions/suspension-store.js';
import { BinsController } from './verifications/bins.controller.js';

/**
 * The Middleware (`migo-api`), mounted under /mw: payment links, alternative payments, revert/refund, plans,
 * subscriptions and their charges, BIN verification and fraud lists (suspensions). The transaction stores are exported for the migration gateway's search.
 */
@Module({
  controllers: [
    PaymentLinksController,
    ApmController,
    CardPaymentsController,
    PlansController,
    SubscriptionsController,
    PaymentMethodsController,
    ChargesController,
    PaymentsController,
    BinsController,
    SuspensionsController,
  ],
  providers: [
    MerchantTokenGuard,
    MiddlewareJwtGuard,
    PaymentLinkStore,
    PaymentLinkCallbacks,
    SubscriptionCallbacks,
    ApmStore,
    PlanStore,
    CardsOnFile,
    SubscriptionStore,
    CardVerification,
    PaymentHistory,
    SubscriptionCharges,
    RenewalSchedule,
    ChargeRuns,
    ChargeIntake,
    SuspensionStore,
  ],
  exports: [PaymentLinkStore, ApmStore, SubscriptionStore, SubscriptionCharges, PaymentHistory, RenewalSchedule],
})
export class MiddlewareModule {}
