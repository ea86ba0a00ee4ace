import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import type { ApiClient } from '../../auth/api-clients.js';
import { assertPartnerAllowed } from '../../auth/api-key.guard.js';
import { CurrentApp, RequireScopes } from '../../auth/auth.decorators.js';
import { LinkCardBody, LinkCardQuery } from './dto/cards.dto.js';

@Controller('v1/wallet/users/:userId/cards')
export class WalletUserCardsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  /** Issues a new card (physical, despite Migo's path): inactive until it has a PIN. */
  @Post('virtuals')
  @RequireScopes('wallet:write')
  issue(@Param('userId', ParseIntPipe) userId: number) {
    return this.wallet.issueCard(userId);
  }

  /** Links an existing card of partner `clientId` (a query parameter, so the guard does not see it) by its PAN. */
  @Post()
  @RequireScopes('wallet:write')
  link(@CurrentApp() app: ApiClient, @Param('userId', ParseIntPipe) userId: number, @Query() query: LinkCardQuery, @Body() body: LinkCardBody) {
    assertPartnerAllowed(app, query.clientId);
    return this.wallet.linkCard(userId, query.clientId, body);
  }

  @Get()
  @RequireScopes('wallet:read')
  list(@Param('userId', ParseIntPipe) userId: number) {
    return this.wallet.userCards(userId);
  }
}
