import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CARD_TRANSFER, WalletGatewayClient } from '#wallet-gateway';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { Idempotent } from '../../../http/idempotency.interceptor.js';
import { CardTransferBody } from '../shared/money.dto.js';
import { MonthlyTransfersParams, TransferTypesBody } from './transfers.dto.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { NotPartnerData, PartnerOf } from '../../../access/access-declaration.js';
import { WalletCard, WalletTransfer } from '../../../access/object-refs.js';

@Controller('v1/wallet')
export class WalletTransfersController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  /** Card to card; both cards active and in the same currency. */
  @Post('cards/transfer')
  @RequireScopes('wallet:money')
  @PartnerOf(WalletCard.body('fromCardId'), WalletCard.body('toCardId'))
  @Idempotent({ write: CARD_TRANSFER })
  transfer(@Body() body: CardTransferBody) {
    return this.wallet.money.transfer(body);
  }

  @Get('card-transfers/:id')
  @RequireScopes('wallet:read')
  @PartnerOf(WalletTransfer.param('id'))
  get(@Param('id', IdParamPipe) id: number) {
    return this.wallet.money.cardTransfer(id);
  }

  /** Every movement of the card in that month (funds operations and both transfer directions). */
  @Get('cards/:cardId/transfers/:month/:year')
  @RequireScopes('wallet:read')
  @PartnerOf(WalletCard.param('cardId'))
  monthly(@Param() params: MonthlyTransfersParams) {
    return this.wallet.money.monthlyTransfers(params.cardId, Number(params.month), Number(params.year));
  }

  @Post('card-transfers/types')
  @RequireScopes('wallet:write')
  @NotPartnerData("transfer types belong to the BFF's Wallet application")
  defineTypes(@Body() body: TransferTypesBody) {
    return this.wallet.money.defineTransferTypes(body);
  }
}
