import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
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
  @RequireScopes('wallet:write')
  @PartnerOf(WalletUser.param('userId'))
  @Idempotent()
  issue(@Param('userId', IdParamPipe) userId: number) {
    return this.wallet.cards.issueCard(userId);
  }

  /** Links an existing card of partner `clientId` by its PAN. */
  @Post()
  @RequireScopes('wallet:write')
  @PartnerOf(WalletUser.param('userId'), Partner.query('clientId'))
  link(@Param('userId', IdParamPipe) userId: number, @Query() query: LinkCardQuery, @Body() body: LinkCardBody) {
    return this.wallet.cards.linkCard(userId, query.clientId, body);
  }

  @Get()
  @RequireScopes('wallet:read')
  @PartnerOf(WalletUser.param('userId'))
  list(@Param('userId', IdParamPipe) userId: number) {
    return this.wallet.cards.userCards(userId);
  }
}
