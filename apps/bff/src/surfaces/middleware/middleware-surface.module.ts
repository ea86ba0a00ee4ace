import { Module } from '@nestjs/common';
import { MiddlewareClientModule } from '#middleware';
import { MiddlewareAlternativePaymentsController } from './alternative-payments/alternative-payments.controller.js';
import { BinCache } from './bins/bin-cache.js';
import { BinLookup } from './bins/bin-lookup.service.js';
import { MiddlewareBinsController } from './bins/bins.controller.js';
import { MiddlewareChargesController } from './charges/charges.controller.js';
import { MiddlewarePaymentLinksController } from './payment-links/payment-links.controller.js';
import { MiddlewarePaymentMethodsController } from './subscriptions/payment-methods.controller.js';
import { MiddlewarePlansController } from './plans/plans.controller.js';
import { MiddlewareSubscriptionsController } from './subscriptions/subscriptions.controller.js';
import { MiddlewareSuspensionsController } from './suspensions/suspensions.controller.js';

/**
 * `/v1/middleware/...`: Migo's Middleware paths as they are (so `/v1/middleware/v1/plans`), except the BIN lookups
 * (`bins/...`) and fraud lists (`suspensions`), whose Migo paths are only guessed. Not mirrored:
 * `/transactions-hook`, the browser variant that carries Migo's key pair in the body (the BFF holds the token).
 */
@Module({
  imports: [MiddlewareClientModule],
  controllers: [
    MiddlewarePaymentLinksController,
    MiddlewareAlternativePaymentsController,
    MiddlewarePlansController,
    MiddlewarePaymentMethodsController,
    MiddlewareSubscriptionsController,
    MiddlewareChargesController,
    MiddlewareBinsController,
    MiddlewareSuspensionsController,
  ],
  providers: [BinCache, BinLookup],
})
export class MiddlewareSurfaceModule {}
