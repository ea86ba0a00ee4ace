import { Body, Controller, Delete, Post, Put } from '@nestjs/common';
import { MiddlewareClient, PaymentMethod, Subscription as MiddlewareSubscription } from '#middleware';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { AddPaymentMethodBody, RemovePaymentMethodBody, SetDefaultPaymentMethodBody } from './subscription.dto.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { Partner, Subscription } from '../../../access/object-refs.js';
import { OperationId, Returns } from '../../../openapi/route-docs.js';

/** Cards on file of a subscriber (user + client), shared by their subscriptions; each subscription has a default. */
@Controller('v1/middleware/v1/subscriptions/payment-methods')
export class MiddlewarePaymentMethodsController {
  constructor(private readonly middleware: MiddlewareClient) {}

  @Post()
  @OperationId('addPaymentMethod')
  @Returns(PaymentMethod)
  @RequireScopes('middleware:write')
  @PartnerOf(Partner.body('tokenizeData.clientId'))
  add(@CurrentApp() app: ApiClient, @Body() body: AddPaymentMethodBody): Promise<PaymentMethod> {
    return this.middleware.subscriptions.addPaymentMethod(body);
  }

  /** DELETE with a JSON body, as Migo's route has no path parameter. */
  @Delete()
  @OperationId('removePaymentMethod')
  @Returns(PaymentMethod)
  @RequireScopes('middleware:write')
  @PartnerOf(Partner.body('clientId'))
  remove(@Body() body: RemovePaymentMethodBody): Promise<PaymentMethod> {
    return this.middleware.subscriptions.removePaymentMethod(body);
  }

  @Put('set-default')
  @OperationId('setDefaultPaymentMethod')
  @Returns(MiddlewareSubscription)
  @RequireScopes('middleware:write')
  @PartnerOf(Subscription.body('subUid'))
  setDefault(@Body() body: SetDefaultPaymentMethodBody): Promise<MiddlewareSubscription> {
    return this.middleware.subscriptions.setDefaultPaymentMethod(body);
  }
}
