import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { Card, CardList, WalletGatewayClient } from '#wallet-gateway';
import { OperationId, Returns } from '../../../openapi/route-docs.js';
import { Idempotent } from '../../../http/idempotency.interceptor.js';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { LinkCardBody, LinkCardQuery } from './cards.dto.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { Partner, WalletUser } from '../../../access/object-refs.js';

@Controller('v1/wallet/users/:userId/cards')
export class WalletUserCardsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  /** Issues a new card (physical, despite Migo's path): inactive until it has a PIN. */
  @Post('virtuals')
  @OperationId('issueWalletCard')
  @Returns(Card)
  @RequireScopes('wallet:write')
  @PartnerOf(WalletUser.param('userId'))
  @Idempotent()
  issue(@Param('userId', IdParamPipe) userId: number): Promise<Card> {
    return this.wallet.cards.issueCard(userId);
  }

  /** Links an existing card of partner `clientId` by its PAN. */
  @Post()
  @OperationId('linkWalletCard')
  @Returns(Card)
  @RequireScopes('wallet:write')
  @PartnerOf(WalletUser.param('userId'), Partner.query('clientId'))
  link(@Param('userId', IdParamPipe) userId: number, @Query() query: LinkCardQuery, @Body() body: LinkCardBody): Promise<Card> {
    return this.wallet.cards.linkCard(userId, query.clientId, body);
  }

  @Get()
  @OperationId('listWalletUserCards')
  @Returns(CardList)
  @RequireScopes('wallet:read')
  @PartnerOf(WalletUser.param('userId'))
  list(@Param('userId', IdParamPipe) userId: number): Promise<CardList> {
    return this.wallet.cards.userCards(userId);
  }
}
