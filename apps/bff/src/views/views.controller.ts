import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiClient } from '../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../auth/auth.decorators.js';
import { BFF_CONFIG } from '../config/bff-config.token.js';
import type { BffConfig } from '../config/load-bff-config.js';
import { CardActivityView } from './card-activity.view.js';
import { CardholderView } from './cardholder.view.js';
import { PartnerOverviewView } from './partner-overview.view.js';
import { PartnerSettlementsView } from './partner-settlements.view.js';
import { ViewCache } from './view-cache.service.js';
import { sendView, trimFields } from './view-response.js';
import { ActivityQuery, FieldsQuery, PartnerSettlementsParams, SettlementsViewQuery } from './views.dto.js';
import { IdParamPipe } from '../surfaces/shared/id-param.pipe.js';
import { PartnerOf } from '../access/access-declaration.js';
import { Partner, WalletCard } from '../access/object-refs.js';
import { Conditional, Returns } from '../openapi/route-docs.js';
import { View } from './view-base.schemas.js';

/**
 * Screens' worth of data in one call, merged from several Migo surfaces. The body says what it holds
 * (`partial`, `sources`); answers are cached briefly per app with an ETag.
 */
@Controller('v1/views')
@Returns(View)
@Conditional()
export class ViewsController {
  constructor(
    private readonly cache: ViewCache,
    private readonly cardholder: CardholderView,
    private readonly overview: PartnerOverviewView,
    private readonly activity: CardActivityView,
    private readonly settlements: PartnerSettlementsView,
    @Inject(BFF_CONFIG) private readonly config: BffConfig,
  ) {}

  @Get('partners/:partnerId/cardholders/:cardholderId')
  @RequireScopes('cms:read', 'wallet:read', 'middleware:read')
  @PartnerOf(Partner.param('partnerId'))
  async cardholderView(
    @CurrentApp() app: ApiClient,
    @Param('partnerId') partnerId: string,
    @Param('cardholderId', IdParamPipe) cardholderId: number,
    @Query() query: FieldsQuery,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const ttl = this.config.bff.VIEW_TTL_CARDHOLDER_SECONDS;
    const key = this.cache.key(app.name, 'cardholder', { partnerId, cardholderId });
    const { view, cached } = await this.cache.getOrCompute(key, ttl, () => this.cardholder.build(partnerId, cardholderId, this.budget));
    sendView(request, reply, trimFields(view, query.fields), ttl, cached);
  }

  @Get('partners/:partnerId/overview')
  @RequireScopes('cms:read', 'jobs:read')
  @PartnerOf(Partner.param('partnerId'))
  async partnerOverview(@CurrentApp() app: ApiClient, @Param('partnerId') partnerId: string, @Query() query: FieldsQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const ttl = this.config.bff.VIEW_TTL_OVERVIEW_SECONDS;
    const key = this.cache.key(app.name, 'overview', { partnerId });
    const { view, cached } = await this.cache.getOrCompute(key, ttl, () => this.overview.build(app.name, partnerId, this.budget));
    sendView(request, reply, trimFields(view, query.fields), ttl, cached);
  }

  /** Settlements (Wallet, primary) merged with the Middleware payments they hold: partial when the Middleware fails. */
  @Get('partners/:partnerId/settlements')
  @RequireScopes('wallet:read', 'middleware:read')
  @PartnerOf(Partner.param('partnerId'))
  async partnerSettlements(@CurrentApp() app: ApiClient, @Param() { partnerId }: PartnerSettlementsParams, @Query() query: SettlementsViewQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const ttl = this.config.bff.VIEW_TTL_SETTLEMENTS_SECONDS;
    const key = this.cache.key(app.name, 'settlements', { partnerId, from: query.from, to: query.to });
    const { view, cached } = await this.cache.getOrCompute(key, ttl, () => this.settlements.build(partnerId, query.from, query.to, this.budget));
    sendView(request, reply, trimFields(view, query.fields), ttl, cached);
  }

  @Get('cards/:cardId/activity')
  @RequireScopes('wallet:read')
  @PartnerOf(WalletCard.param('cardId'))
  async cardActivity(@CurrentApp() app: ApiClient, @Param('cardId', IdParamPipe) cardId: number, @Query() query: ActivityQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const months = query.months ?? 3;
    const ttl = this.config.bff.VIEW_TTL_ACTIVITY_SECONDS;
    const key = this.cache.key(app.name, 'activity', { cardId, months });
    const { view, cached } = await this.cache.getOrCompute(key, ttl, () => this.activity.build(cardId, months, this.budget));
    sendView(request, reply, trimFields(view, query.fields), ttl, cached);
  }

  private get budget(): number {
    return this.config.bff.VIEW_SOURCE_BUDGET_MS;
  }
}
