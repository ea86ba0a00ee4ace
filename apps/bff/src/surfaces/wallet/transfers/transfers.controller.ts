import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CardMovementList, CardTransfer, CARD_TRANSFER, TransferTypeList, WalletGatewayClient } from '#wallet-gateway';
import { OperationId, Returns } from '../../../openapi/route-docs.js';
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
  @OperationId('createCardTransfer')
  @Returns(CardTransfer)
  @RequireScopes('wallet:money')
  @PartnerOf(WalletCard.body('fromCardId'), WalletCard.body('toCardId'))
  @Idempotent({ write: CARD_TRANSFER })
  transfer(@Body() body: CardTransferBody): Promise<CardTransfer> {
    return this.wallet.money.transfer(body);
  }

  @Get('card-transfers/:id')
  @OperationId('getCardTransfer')
  @Returns(CardTransfer)
  @RequireScopes('wallet:read')
  @PartnerOf(WalletTransfer.param('id'))
  get(@Param('id', IdParamPipe) id: number): Promise<CardTransfer> {
    return this.wallet.money.cardTransfer(id);
  }

  /** Every movement of the card in that month (funds operations and both transfer directions). */
  @Get('cards/:cardId/transfers/:month/:year')
  @OperationId('listMonthlyCardMovements')
  @Returns(CardMovementList)
  @RequireScopes('wallet:read')
  @PartnerOf(WalletCard.param('cardId'))
  monthly(@Param() params: MonthlyTransfersParams): Promise<CardMovementList> {
    return this.wallet.money.monthlyTransfers(params.cardId, Number(params.month), Number(params.year));
  }

  @Post('card-transfers/types')
  @OperationId('defineWalletTransferTypes')
  @Returns(TransferTypeList)
  @RequireScopes('wallet:write')
  @NotPartnerData("transfer types belong to the BFF's Wallet application")
  defineTypes(@Body() body: TransferTypesBody): Promise<TransferTypeList> {
    return this.wallet.money.defineTransferTypes(body);
  }
}
