import { Module } from '@nestjs/common';
import { MiddlewareClientModule } from '#middleware';
import { MiddlewareAlternativePaymentsController } from './alternative-payments/alternative-payments.controller.js';
import { MiddlewareChargesController } from './charges/charges.controller.js';
import { MiddlewarePaymentLinksController } from './payment-links/payment-links.controller.js';
import { MiddlewarePaymentMethodsController } from './subscriptions/payment-methods.controller.js';
import { MiddlewarePlansController } from './plans/plans.controller.js';
import { MiddlewareSubscriptionsController } from './subscriptions/subscriptions.controller.js';

/**
 * `/v1/middleware/...`: Migo's Middleware paths as they are (so `/v1/middleware/v1/plans`). Not mirrored:
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
  ],
})
export class MiddlewareSurfaceModule {}
