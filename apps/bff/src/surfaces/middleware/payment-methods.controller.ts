import { Body, Controller, Delete, Post, Put } from '@nestjs/common';
import { MiddlewareClient } from '#middleware';
import type { ApiClient } from '../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../auth/auth.decorators.js';
import { assertClientAllowed, ClientOwnership } from './client-access.js';
import { AddPaymentMethodBody, RemovePaymentMethodBody, SetDefaultPaymentMethodBody } from './dto/subscription.dto.js';

/** Cards on file of a subscriber (user + client), shared by their subscriptions; each subscription has a default. */
@Controller('v1/middleware/v1/subscriptions/payment-methods')
export class MiddlewarePaymentMethodsController {
  constructor(
    private readonly middleware: MiddlewareClient,
    private readonly ownership: ClientOwnership,
  ) {}

  @Post()
  @RequireScopes('middleware:write')
  add(@CurrentApp() app: ApiClient, @Body() body: AddPaymentMethodBody) {
    assertClientAllowed(app, body.tokenizeData.clientId);
    return this.middleware.addPaymentMethod(body);
  }

  /** DELETE with a JSON body, as Migo's route has no path parameter. */
  @Delete()
  @RequireScopes('middleware:write')
  remove(@CurrentApp() app: ApiClient, @Body() body: RemovePaymentMethodBody) {
    assertClientAllowed(app, body.clientId);
    return this.middleware.removePaymentMethod(body);
  }

  @Put('set-default')
  @RequireScopes('middleware:write')
  async setDefault(@CurrentApp() app: ApiClient, @Body() body: SetDefaultPaymentMethodBody) {
    await this.ownership.subscription(app, body.subUid);
    return this.middleware.setDefaultPaymentMethod(body);
  }
}
