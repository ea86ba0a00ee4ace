import { Body, Controller, Get, Param, Post, Query, UseGuards } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import type { ApiClient } from '../../auth/api-clients.js';
import { assertPartnerAllowed } from '../../auth/api-key.guard.js';
import { Idempotent } from '../../http/idempotency.interceptor.js';
import { CurrentApp, RequireScopes } from '../../auth/auth.decorators.js';
import { LinkCardBody, LinkCardQuery } from './dto/cards.dto.js';
import { IdParamPipe } from '../shared/id-param.pipe.js';
import { WalletOwnershipGuard } from './wallet-ownership.guard.js';

@UseGuards(WalletOwnershipGuard)
@Controller('v1/wallet/users/:userId/cards')
export class WalletUserCardsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  /** Issues a new card (physical, despite Migo's path): inactive until it has a PIN. */
  @Post('virtuals')
  @RequireScopes('wallet:write')
  @Idempotent()
  issue(@Param('userId', IdParamPipe) userId: number) {
    return this.wallet.issueCard(userId);
  }

  /** Links an existing card of partner `clientId` (a query parameter, so the guard does not see it) by its PAN. */
  @Post()
  @RequireScopes('wallet:write')
  link(@CurrentApp() app: ApiClient, @Param('userId', IdParamPipe) userId: number, @Query() query: LinkCardQuery, @Body() body: LinkCardBody) {
    assertPartnerAllowed(app, query.clientId);
    return this.wallet.linkCard(userId, query.clientId, body);
  }

  @Get()
  @RequireScopes('wallet:read')
  list(@Param('userId', IdParamPipe) userId: number) {
    return this.wallet.userCards(userId);
  }
}
