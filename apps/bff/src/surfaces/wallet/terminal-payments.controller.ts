import { Body, Controller, Get, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import { RequireScopes } from '../../auth/auth.decorators.js';
import { Idempotent } from '../../http/idempotency.interceptor.js';
import { TerminalPaymentBody, TerminalPaymentUpdateBody } from './dto/money.dto.js';
import { IdParamPipe } from '../shared/id-param.pipe.js';
import { WalletOwnershipGuard } from './wallet-ownership.guard.js';

/** Card-present payments: created for a terminal, then captured out of band or cancelled/reversed/refunded by PATCH. */
@UseGuards(WalletOwnershipGuard)
@Controller('v1/wallet/terminal-payment')
export class WalletTerminalPaymentsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Post()
  @RequireScopes('wallet:money')
  @Idempotent()
  create(@Body() body: TerminalPaymentBody) {
    return this.wallet.createTerminalPayment(body);
  }

  @Patch(':id')
  @RequireScopes('wallet:money')
  @Idempotent()
  update(@Param('id', IdParamPipe) id: number, @Body() body: TerminalPaymentUpdateBody) {
    return this.wallet.updateTerminalPayment(id, body);
  }

  @Get(':id')
  @RequireScopes('wallet:read')
  get(@Param('id', IdParamPipe) id: number) {
    return this.wallet.terminalPayment(id);
  }
}
