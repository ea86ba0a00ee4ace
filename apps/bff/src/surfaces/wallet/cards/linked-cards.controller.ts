import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { LinkThirdPartyCardBody, RenameLinkedCardBody } from './cards.dto.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { WalletUser } from '../../../access/object-refs.js';

/** Third-party cards a user may pay to, found by the owner's e-mail and the card's last 4 digits. */
@Controller('v1/wallet/users/:userId/linked-cards')
export class WalletLinkedCardsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Post()
  @RequireScopes('wallet:write')
  @PartnerOf(WalletUser.param('userId'))
  link(@Param('userId', IdParamPipe) userId: number, @Body() body: LinkThirdPartyCardBody) {
    return this.wallet.cards.linkThirdPartyCard(userId, body);
  }

  @Get()
  @RequireScopes('wallet:read')
  @PartnerOf(WalletUser.param('userId'))
  list(@Param('userId', IdParamPipe) userId: number) {
    return this.wallet.cards.linkedCards(userId);
  }

  @Patch(':associationId')
  @RequireScopes('wallet:write')
  @PartnerOf(WalletUser.param('userId'))
  rename(@Param('userId', IdParamPipe) userId: number, @Param('associationId', IdParamPipe) associationId: number, @Body() body: RenameLinkedCardBody) {
    return this.wallet.cards.renameLinkedCard(userId, associationId, body);
  }

  @Delete(':associationId')
  @RequireScopes('wallet:write')
  @PartnerOf(WalletUser.param('userId'))
  remove(@Param('userId', IdParamPipe) userId: number, @Param('associationId', IdParamPipe) associationId: number) {
    return this.wallet.cards.removeLinkedCard(userId, associationId);
  }
}
