import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { LinkedCard, LinkedCardList, LinkedCardRemoved, WalletGatewayClient } from '#wallet-gateway';
import { OperationId, Returns } from '../../../openapi/route-docs.js';
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
  @OperationId('createWalletLinkedCard')
  @Returns(LinkedCard)
  @RequireScopes('wallet:write')
  @PartnerOf(WalletUser.param('userId'))
  link(@Param('userId', IdParamPipe) userId: number, @Body() body: LinkThirdPartyCardBody): Promise<LinkedCard> {
    return this.wallet.cards.linkThirdPartyCard(userId, body);
  }

  @Get()
  @OperationId('listWalletLinkedCards')
  @Returns(LinkedCardList)
  @RequireScopes('wallet:read')
  @PartnerOf(WalletUser.param('userId'))
  list(@Param('userId', IdParamPipe) userId: number): Promise<LinkedCardList> {
    return this.wallet.cards.linkedCards(userId);
  }

  @Patch(':associationId')
  @OperationId('renameWalletLinkedCard')
  @Returns(LinkedCard)
  @RequireScopes('wallet:write')
  @PartnerOf(WalletUser.param('userId'))
  rename(@Param('userId', IdParamPipe) userId: number, @Param('associationId', IdParamPipe) associationId: number, @Body() body: RenameLinkedCardBody): Promise<LinkedCard> {
    return this.wallet.cards.renameLinkedCard(userId, associationId, body);
  }

  @Delete(':associationId')
  @OperationId('removeWalletLinkedCard')
  @Returns(LinkedCardRemoved)
  @RequireScopes('wallet:write')
  @PartnerOf(WalletUser.param('userId'))
  remove(@Param('userId', IdParamPipe) userId: number, @Param('associationId', IdParamPipe) associationId: number): Promise<LinkedCardRemoved> {
    return this.wallet.cards.removeLinkedCard(userId, associationId);
  }
}
