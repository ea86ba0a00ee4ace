import { Body, Controller, Get, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { TerminalPayment, WalletGatewayClient } from '#wallet-gateway';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { accepted } from '../../../jobs/job-responses.js';
import { JobStarter } from '../../../jobs/job-starter.service.js';
import { OperationId, Returns, StartsJob } from '../../../openapi/route-docs.js';
import { Idempotent } from '../../../http/idempotency.interceptor.js';
import { TerminalPaymentBody, TerminalPaymentUpdateBody } from '../shared/money.dto.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { AllPartnersOnly } from '../../../access/access-declaration.js';

/**
 * Card-present payments: created for a terminal, then captured out of band or cancelled/reversed/refunded by PATCH.
 * Creation answers 202 with the job that follows the payment until the terminal captured it (or it ended otherwise).
 */
@Controller('v1/wallet/terminal-payment')
export class WalletTerminalPaymentsController {
  constructor(
    private readonly wallet: WalletGatewayClient,
    private readonly jobs: JobStarter,
  ) {}

  @Post()
  @OperationId('createWalletTerminalPayment')
  @Returns(TerminalPayment)
  @HttpCode(202)
  @StartsJob('wallet.terminal-payment')
  @RequireScopes('wallet:money')
  @AllPartnersOnly('Migo does not say which partner a terminal payment belongs to')
  @Idempotent()
  async create(@CurrentApp() app: ApiClient, @Body() body: TerminalPaymentBody, @Res({ passthrough: true }) reply: FastifyReply) {
    const payment = await this.wallet.money.createTerminalPayment(body);
    const job = await this.jobs.track(app.name, { type: 'wallet.terminal-payment', id: payment.id }, String(payment.id));
    return accepted(reply, job, payment);
  }

  @Patch(':id')
  @OperationId('updateWalletTerminalPayment')
  @Returns(TerminalPayment)
  @RequireScopes('wallet:money')
  @AllPartnersOnly('Migo does not say which partner a terminal payment belongs to')
  @Idempotent()
  update(@Param('id', IdParamPipe) id: number, @Body() body: TerminalPaymentUpdateBody): Promise<TerminalPayment> {
    return this.wallet.money.updateTerminalPayment(id, body);
  }

  @Get(':id')
  @OperationId('getWalletTerminalPayment')
  @Returns(TerminalPayment)
  @RequireScopes('wallet:read')
  @AllPartnersOnly('Migo does not say which partner a terminal payment belongs to')
  get(@Param('id', IdParamPipe) id: number): Promise<TerminalPayment> {
    return this.wallet.money.terminalPayment(id);
  }
}
