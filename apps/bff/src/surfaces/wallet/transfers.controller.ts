import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { CARD_TRANSFER, WalletGatewayClient } from '#wallet-gateway';
import type { ApiClient } from '../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../auth/auth.decorators.js';
import { Idempotent } from '../../http/idempotency.interceptor.js';
import { CardTransferBody } from './dto/money.dto.js';
import { MonthlyTransfersParams, TransferTypesBody } from './dto/transfers.dto.js';
import { IdParamPipe } from '../shared/id-param.pipe.js';
import { PartnerAccess, WalletOwnershipGuard } from './wallet-ownership.guard.js';
import { WalletOwnership } from './wallet-ownership.js';

@UseGuards(WalletOwnershipGuard)
@Controller('v1/wallet')
export class WalletTransfersController {
  constructor(
    private readonly wallet: WalletGatewayClient,
    private readonly ownership: WalletOwnership,
  ) {}

  /** Card to card; both cards active and in the same currency. */
  @Post('cards/transfer')
  @RequireScopes('wallet:money')
  @Idempotent({ write: CARD_TRANSFER })
  @PartnerAccess('its two cards, in the body, are checked by WalletOwnershipGuard (a body without them gets its 400)')
  transfer(@Body() body: CardTransferBody) {
    return this.wallet.transfer(body);
  }

  @Get('card-transfers/:id')
  @RequireScopes('wallet:read')
  @PartnerAccess('the handler reads the transfer, then checks its cards')
  async get(@CurrentApp() app: ApiClient, @Param('id', IdParamPipe) id: number) {
    const transfer = await this.wallet.cardTransfer(id);
    if (app.partners) await this.ownership.assertEitherCardAllowed(app, [transfer.fromCardId, transfer.toCardId], `transfer ${id}`);
    return transfer;
  }

  /** Every movement of the card in that month (funds operations and both transfer directions). */
  @Get('cards/:cardId/transfers/:month/:year')
  @RequireScopes('wallet:read')
  monthly(@Param() params: MonthlyTransfersParams) {
    return this.wallet.monthlyTransfers(params.cardId, Number(params.month), Number(params.year));
  }

  @Post('card-transfers/types')
  @RequireScopes('wallet:write')
  @PartnerAccess("transfer types belong to the BFF's Wallet application, not to a partner")
  defineTypes(@Body() body: TransferTypesBody) {
    return this.wallet.defineTransferTypes(body);
  }
}
