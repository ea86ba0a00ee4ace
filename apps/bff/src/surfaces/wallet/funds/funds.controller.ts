import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { FUNDS_ADJUSTMENT, FUNDS_OPERATION, WalletGatewayClient } from '#wallet-gateway';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { Idempotent } from '../../../http/idempotency.interceptor.js';
import { FundsAdjustmentBody, FundsOperationBody } from '../shared/money.dto.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { WalletCard } from '../../../access/object-refs.js';

/** Loads and unloads a card. Migo has no idempotency keys; send `Idempotency-Key` to retry safely. */
@Controller('v1/wallet/cards/:cardId/funds')
export class WalletFundsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Post()
  @HttpCode(200)
  @RequireScopes('wallet:money')
  @PartnerOf(WalletCard.param('cardId'))
  @Idempotent({ write: FUNDS_OPERATION })
  operate(@Param('cardId', IdParamPipe) cardId: number, @Body() body: FundsOperationBody) {
    return this.wallet.money.operateFunds(cardId, body);
  }

  /** An issuer-side adjustment with a free-text note; it moves money like POST. */
  @Put()
  @RequireScopes('wallet:money')
  @PartnerOf(WalletCard.param('cardId'))
  @Idempotent({ write: FUNDS_ADJUSTMENT })
  adjust(@Param('cardId', IdParamPipe) cardId: number, @Body() body: FundsAdjustmentBody) {
    return this.wallet.money.adjustFunds(cardId, body);
  }
}
