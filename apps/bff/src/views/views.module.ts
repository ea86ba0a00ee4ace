import { Module } from '@nestjs/common';
import { CmsClientModule } from '#cms';
import { MiddlewareClientModule } from '#middleware';
import { WalletGatewayClientModule } from '#wallet-gateway';
import { CardActivityView } from './card-activity.view.js';
import { CardholderIdentityCache } from './cardholder-identity.cache.js';
import { CardholderView } from './cardholder.view.js';
import { PartnerOverviewView } from './partner-overview.view.js';
import { PartnerSettlementsView } from './partner-settlements.view.js';
import { ViewCache } from './view-cache.service.js';
import { ViewsController } from './views.controller.js';

/** `/v1/views/...`: aggregated screens over several Migo surfaces, with the partial-failure contract. */
@Module({
  imports: [CmsClientModule, WalletGatewayClientModule, MiddlewareClientModule],
  controllers: [ViewsController],
  providers: [ViewCache, CardholderIdentityCache, CardholderView, PartnerOverviewView, PartnerSettlementsView, CardActivityView],
})
export class ViewsModule {}
