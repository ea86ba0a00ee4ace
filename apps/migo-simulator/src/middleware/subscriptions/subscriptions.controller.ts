import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { MiddlewareJwtGuard } from '../auth/middleware-jwt.guard.js';
import { requireClient } from '../shared/clients.js';
import { CardVerification } from './card-verification.js';
import { ListSubscriptionsQuery, UpdateSubscriptionBody, VerifyCardBody } from './subscription.dto.js';
import { SubscriptionStore } from './subscription-store.js';

/** Subscriptions (Middleware JWT). There is no POST /v1/subscriptions: verify-card creates them. */
@Controller('v1/subscriptions')
@UseGuards(MiddlewareJwtGuard)
export class SubscriptionsController {
  constructor(
    private readonly subscriptions: SubscriptionStore,
    private readonly verification: CardVerification,
  ) {}

  @Post('verify-card')
  @HttpCode(200)
  verifyCard(@Body() body: VerifyCardBody) {
    return ok(this.verification.verify(body), 'Card verified');
  }

  @Get()
  list(@Query() query: ListSubscriptionsQuery) {
    requireClient(query.clientId);
    return ok(this.subscriptions.list(query.clientId, query.userId).map((s) => this.subscriptions.view(s)), 'Subscriptions found');
  }

  @Get('detail/:subUid')
  detail(@Param('subUid') subUid: string) {
    return ok(this.subscriptions.view(this.subscriptions.get(subUid)), 'Subscription found');
  }

  /** Only `notificationEmail` can change (no plan change, no proration). */
  @Put()
  update(@Body() body: UpdateSubscriptionBody) {
    return ok(this.subscriptions.view(this.subscriptions.setNotificationEmail(body.subUid, body.notificationEmail)), 'Subscription updated');
  }

  @Delete(':subUid')
  cancel(@Param('subUid') subUid: string) {
    return ok(this.subscriptions.view(this.subscriptions.cancel(subUid)), 'Subscription cancelled');
  }
}
