import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { Idempotent } from '../../../http/idempotency.interceptor.js';
import { TerminalPaymentBody, TerminalPaymentUpdateBody } from '../shared/money.dto.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { AllPartnersOnly } from '../../../access/access-declaration.js';

/** Card-present payments: created for a terminal, then captured out of band or cancelled/reversed/refunded by PATCH. */
@Controller('v1/wallet/terminal-payment')
export class WalletTerminalPaymentsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Post()
  @RequireScopes('wallet:money')
  @AllPartnersOnly('Migo does not say which partner a terminal payment belongs to')
  @Idempotent()
  create(@Body() body: TerminalPaymentBody) {
    return this.wallet.money.createTerminalPayment(body);
  }

  @Patch(':id')
  @RequireScopes('wallet:money')
  @AllPartnersOnly('Migo does not say which partner a terminal payment belongs to')
  @Idempotent()
  update(@Param('id', IdParamPipe) id: number, @Body() body: TerminalPaymentUpdateBody) {
    return this.wallet.money.updateTerminalPayment(id, body);
  }

  @Get(':id')
  @RequireScopes('wallet:read')
  @AllPartnersOnly('Migo does not say which partner a terminal payment belongs to')
  get(@Param('id', IdParamPipe) id: number) {
    return this.wallet.money.terminalPayment(id);
  }
}
