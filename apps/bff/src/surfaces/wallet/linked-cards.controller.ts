import { Body, Controller, Delete, Get, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import { RequireScopes } from '../../auth/auth.decorators.js';
import { LinkThirdPartyCardBody, RenameLinkedCardBody } from './dto/cards.dto.js';

/** Third-party cards a user may pay to, found by the owner's e-mail and the card's last 4 digits. */
@Controller('v1/wallet/users/:userId/linked-cards')
export class WalletLinkedCardsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Post()
  @RequireScopes('wallet:write')
  link(@Param('userId', ParseIntPipe) userId: number, @Body() body: LinkThirdPartyCardBody) {
    return this.wallet.linkThirdPartyCard(userId, body);
  }

  @Get()
  @RequireScopes('wallet:read')
  list(@Param('userId', ParseIntPipe) userId: number) {
    return this.wallet.linkedCards(userId);
  }

  @Patch(':associationId')
  @RequireScopes('wallet:write')
  rename(@Param('userId', ParseIntPipe) userId: number, @Param('associationId', ParseIntPipe) associationId: number, @Body() body: RenameLinkedCardBody) {
    return this.wallet.renameLinkedCard(userId, associationId, body);
  }

  @Delete(':associationId')
  @RequireScopes('wallet:write')
  remove(@Param('userId', ParseIntPipe) userId: number, @Param('associationId', ParseIntPipe) associationId: number) {
    return this.wallet.removeLinkedCard(userId, associationId);
  }
}
