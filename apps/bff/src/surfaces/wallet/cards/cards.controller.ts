import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { Card, PinSet, WalletGatewayClient } from '#wallet-gateway';
import { OperationId, Returns } from '../../../openapi/route-docs.js';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { CardAliasBody, CardPinBody, CardStatusBody } from './cards.dto.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { WalletCard, WalletUser } from '../../../access/object-refs.js';

@Controller('v1/wallet/cards/:cardId')
export class WalletCardsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Get()
  @OperationId('getWalletCard')
  @Returns(Card)
  @RequireScopes('wallet:read')
  @PartnerOf(WalletCard.param('cardId'))
  card(@Param('cardId', IdParamPipe) cardId: number): Promise<Card> {
    return this.wallet.cards.card(cardId);
  }

  /** Activate (needs a PIN) or block. */
  @Patch('status')
  @OperationId('setWalletCardStatus')
  @Returns(Card)
  @RequireScopes('wallet:write')
  @PartnerOf(WalletCard.param('cardId'))
  setStatus(@Param('cardId', IdParamPipe) cardId: number, @Body() body: CardStatusBody): Promise<Card> {
    return this.wallet.cards.setCardStatus(cardId, body);
  }

  @Patch('alias')
  @OperationId('setWalletCardAlias')
  @Returns(Card)
  @RequireScopes('wallet:write')
  @PartnerOf(WalletCard.param('cardId'))
  setAlias(@Param('cardId', IdParamPipe) cardId: number, @Body() body: CardAliasBody): Promise<Card> {
    return this.wallet.cards.setCardAlias(cardId, body);
  }

  /** PINs are write-only; OTP step-up before a PIN change is the app's job, as Migo documents. */
  @Post('pin')
  @OperationId('setWalletCardPin')
  @Returns(PinSet)
  @HttpCode(200)
  @RequireScopes('wallet:write')
  @PartnerOf(WalletCard.param('cardId'))
  setPin(@Param('cardId', IdParamPipe) cardId: number, @Body() body: CardPinBody): Promise<PinSet> {
    return this.wallet.cards.setPin(cardId, body);
  }

  @Post('users/:authUserId/pin')
  @OperationId('setWalletCardUserPin')
  @Returns(PinSet)
  @HttpCode(200)
  @RequireScopes('wallet:write')
  @PartnerOf(WalletCard.param('cardId'), WalletUser.param('authUserId'))
  setUserPin(@Param('cardId', IdParamPipe) cardId: number, @Param('authUserId', IdParamPipe) authUserId: number, @Body() body: CardPinBody): Promise<PinSet> {
    return this.wallet.cards.setUserPin(cardId, authUserId, body);
  }
}
