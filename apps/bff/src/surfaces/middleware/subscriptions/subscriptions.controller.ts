import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { CardVerification, MiddlewareClient, Subscription as MiddlewareSubscription, SubscriptionList } from '#middleware';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { BFF_CONFIG } from '../../../config/bff-config.token.js';
import type { BffConfig } from '../../../config/load-bff-config.js';
import { PathSegmentPipe } from '../../shared/path-segment.pipe.js';
import { refuseRawCardData } from './raw-card-data.js';
import { ListSubscriptionsQuery, UpdateSubscriptionBody, VerifyCardBody } from './subscription.dto.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { MiddlewareTransaction, Partner, Subscription } from '../../../access/object-refs.js';
import { OperationId, Returns } from '../../../openapi/route-docs.js';

/** Subscriptions (Middleware JWT). Migo has no create route: verify-card with `shouldCreateSubscription` creates one. */
@Controller('v1/middleware/v1/subscriptions')
export class MiddlewareSubscriptionsController {
  constructor(
    private readonly middleware: MiddlewareClient,
    @Inject(BFF_CONFIG) private readonly config: BffConfig,
  ) {}

  /**
   * Carries card data: the processor's token by default, raw card data only with ALLOW_RAW_CARD_DATA; validated
   * without echoing it, never retried, never logged or kept for idempotency.
   */
  @Post('verify-card')
  @HttpCode(200)
  @OperationId('verifyCardForSubscription')
  @Returns(CardVerification)
  @RequireScopes('middleware:write')
  @PartnerOf(MiddlewareTransaction.body('uid'))
  async verifyCard(@CurrentApp() app: ApiClient, @Body() body: VerifyCardBody): Promise<CardVerification> {
    refuseRawCardData(body.cardInfo, this.config.bff.ALLOW_RAW_CARD_DATA);
    return this.middleware.subscriptions.verifyCard(body);
  }

  @Get()
  @OperationId('listSubscriptions')
  @Returns(SubscriptionList)
  @RequireScopes('middleware:read')
  @PartnerOf(Partner.query('clientId', { absent: 'app-partner' }))
  list(@Query() query: ListSubscriptionsQuery): Promise<SubscriptionList> {
    return this.middleware.subscriptions.listSubscriptions({ userId: query.userId, clientId: query.clientId! });
  }

  @Get('detail/:subUid')
  @OperationId('getSubscription')
  @Returns(MiddlewareSubscription)
  @RequireScopes('middleware:read')
  @PartnerOf(Subscription.param('subUid'))
  detail(@Param('subUid', PathSegmentPipe) subUid: string): Promise<MiddlewareSubscription> {
    return this.middleware.subscriptions.getSubscription(subUid);
  }

  @Put()
  @OperationId('updateSubscription')
  @Returns(MiddlewareSubscription)
  @RequireScopes('middleware:write')
  @PartnerOf(Subscription.body('subUid'))
  update(@Body() body: UpdateSubscriptionBody): Promise<MiddlewareSubscription> {
    return this.middleware.subscriptions.updateSubscription(body);
  }

  /** Cancels at once (Migo has no end-of-period cancellation). */
  @Delete(':subUid')
  @OperationId('cancelSubscription')
  @Returns(MiddlewareSubscription)
  @RequireScopes('middleware:write')
  @PartnerOf(Subscription.param('subUid'))
  cancel(@Param('subUid', PathSegmentPipe) subUid: string): Promise<MiddlewareSubscription> {
    return this.middleware.subscriptions.cancelSubscription(subUid);
  }
}
