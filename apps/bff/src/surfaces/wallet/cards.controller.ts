import { Body, Controller, Get, HttpCode, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import { RequireScopes } from '../../auth/auth.decorators.js';
import { CardAliasBody, CardPinBody, CardStatusBody } from './dto/cards.dto.js';
import { IdParamPipe } from '../shared/id-param.pipe.js';
import { WalletOwnershipGuard } from './wallet-ownership.guard.js';

@UseGuards(WalletOwnershipGuard)
@Controller('v1/wallet/cards/:cardId')
export class WalletCardsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Get()
  @RequireScopes('wallet:read')
  card(@Param('cardId', IdParamPipe) cardId: number) {
    return this.wallet.card(cardId);
  }

  /** Activate (needs a PIN) or block. */
  @Patch('status')
  @RequireScopes('wallet:write')
  setStatus(@Param('cardId', IdParamPipe) cardId: number, @Body() body: CardStatusBody) {
    return this.wallet.setCardStatus(cardId, body);
  }

  @Patch('alias')
  @RequireScopes('wallet:write')
  setAlias(@Param('cardId', IdParamPipe) cardId: number, @Body() body: CardAliasBody) {
    return this.wallet.setCardAlias(cardId, body);
  }

  /** PINs are write-only; OTP step-up before a PIN change is the app's job, as Migo documents. */
  @Post('pin')
  @HttpCode(200)
  @RequireScopes('wallet:write')
  setPin(@Param('cardId', IdParamPipe) cardId: number, @Body() body: CardPinBody) {
    return this.wallet.setPin(cardId, body);
  }

  @Post('users/:authUserId/pin')
  @HttpCode(200)
  @RequireScopes('wallet:write')
  setUserPin(@Param('cardId', IdParamPipe) cardId: number, @Param('authUserId', IdParamPipe) authUserId: number, @Body() body: CardPinBody) {
    return this.wallet.setUserPin(cardId, authUserId, body);
  }
}
