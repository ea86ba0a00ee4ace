import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { MiddlewareClient } from '#middleware';
import type { ApiClient } from '../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../auth/auth.decorators.js';
import { PathSegmentPipe } from '../shared/path-segment.pipe.js';
import { assertClientAllowed, ClientOwnership, scopedClient } from './client-access.js';
import { ListSubscriptionsQuery, UpdateSubscriptionBody, VerifyCardBody } from './dto/subscription.dto.js';

/** Subscriptions (Middleware JWT). Migo has no create route: verify-card with `shouldCreateSubscription` creates one. */
@Controller('v1/middleware/v1/subscriptions')
export class MiddlewareSubscriptionsController {
  constructor(
    private readonly middleware: MiddlewareClient,
    private readonly ownership: ClientOwnership,
  ) {}

  /** Carries card data: validated without echoing it, never retried, never logged or kept for idempotency. */
  @Post('verify-card')
  @HttpCode(200)
  @RequireScopes('middleware:write')
  async verifyCard(@CurrentApp() app: ApiClient, @Body() body: VerifyCardBody) {
    await this.ownership.transaction(app, body.uid);
    return this.middleware.verifyCard(body);
  }

  @Get()
  @RequireScopes('middleware:read')
  list(@CurrentApp() app: ApiClient, @Query() query: ListSubscriptionsQuery) {
    return this.middleware.listSubscriptions({ userId: query.userId, clientId: scopedClient(app, query.clientId, 'clientId', true)! });
  }

  @Get('detail/:subUid')
  @RequireScopes('middleware:read')
  async detail(@CurrentApp() app: ApiClient, @Param('subUid', PathSegmentPipe) subUid: string) {
    const subscription = await this.middleware.getSubscription(subUid);
    assertClientAllowed(app, subscription.client);
    return subscription;
  }

  @Put()
  @RequireScopes('middleware:write')
  async update(@CurrentApp() app: ApiClient, @Body() body: UpdateSubscriptionBody) {
    await this.ownership.subscription(app, body.subUid);
    return this.middleware.updateSubscription(body);
  }

  /** Cancels at once (Migo has no end-of-period cancellation). */
  @Delete(':subUid')
  @RequireScopes('middleware:write')
  async cancel(@CurrentApp() app: ApiClient, @Param('subUid', PathSegmentPipe) subUid: string) {
    await this.ownership.subscription(app, subUid);
    return this.middleware.cancelSubscription(subUid);
  }
}
