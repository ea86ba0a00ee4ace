import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { FundsMovement, FUNDS_ADJUSTMENT, FUNDS_OPERATION, WalletGatewayClient } from '#wallet-gateway';
import { OperationId, Returns } from '../../../openapi/route-docs.js';
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
  @OperationId('operateWalletCardFunds')
  @Returns(FundsMovement)
  @HttpCode(200)
  @RequireScopes('wallet:money')
  @PartnerOf(WalletCard.param('cardId'))
  @Idempotent({ write: FUNDS_OPERATION })
  operate(@Param('cardId', IdParamPipe) cardId: number, @Body() body: FundsOperationBody): Promise<FundsMovement> {
    return this.wallet.money.operateFunds(cardId, body);
  }

  /** An issuer-side adjustment with a free-text note; it moves money like POST. */
  @Put()
  @OperationId('adjustWalletCardFunds')
  @Returns(FundsMovement)
  @RequireScopes('wallet:money')
  @PartnerOf(WalletCard.param('cardId'))
  @Idempotent({ write: FUNDS_ADJUSTMENT })
  adjust(@Param('cardId', IdParamPipe) cardId: number, @Body() body: FundsAdjustmentBody): Promise<FundsMovement> {
    return this.wallet.money.adjustFunds(cardId, body);
  }
}
