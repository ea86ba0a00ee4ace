import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { StatementAccepted, StatementStatus, WalletGatewayClient } from '#wallet-gateway';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { accepted } from '../../../jobs/job-responses.js';
import { JobStarter } from '../../../jobs/job-starter.service.js';
import { StatementRequestBody } from './statements.dto.js';
import { PathSegmentPipe } from '../../shared/path-segment.pipe.js';
import { streamed } from '../../../http/streamed-file.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { PartnerOf, ResolvedPartner } from '../../../access/access-declaration.js';
import { WalletCard } from '../../../access/object-refs.js';
import { OperationId, Produces, Returns, StartsJob } from '../../../openapi/route-docs.js';

/**
 * Card statements: Migo accepts the request (`processing`) and renders it later, so the answer is 202 with the job
 * that follows it; the finished job links to the PDF (GET /v1/jobs/{id}/result).
 */
@Controller('v1/wallet/cards/:cardId/statements')
export class WalletStatementsController {
  constructor(
    private readonly wallet: WalletGatewayClient,
    private readonly jobs: JobStarter,
  ) {}

  @Post()
  @OperationId('requestWalletCardStatement')
  @Returns(StatementAccepted)
  @HttpCode(202)
  @StartsJob('wallet.statement')
  @RequireScopes('wallet:write')
  @PartnerOf(WalletCard.param('cardId'))
  async request(
    @CurrentApp() app: ApiClient,
    @ResolvedPartner() partnerId: string | undefined,
    @Param('cardId', IdParamPipe) cardId: number,
    @Body() body: StatementRequestBody,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const statement = await this.wallet.statements.requestStatement(cardId, body);
    const job = await this.jobs.track(app.name, { type: 'wallet.statement', cardId, reference: statement.reference }, `${cardId}/${statement.reference}`, partnerId);
    return accepted(reply, job, statement);
  }

  @Get(':reference')
  @OperationId('getWalletCardStatement')
  @Returns(StatementStatus)
  @RequireScopes('wallet:read')
  @PartnerOf(WalletCard.param('cardId'))
  status(@Param('cardId', IdParamPipe) cardId: number, @Param('reference', PathSegmentPipe) reference: string): Promise<StatementStatus> {
    return this.wallet.statements.statementStatus(cardId, reference);
  }

  /** Streams the PDF once it is ready (Migo answers 409 / 7401 before). */
  @Get(':reference/file')
  @OperationId('downloadWalletCardStatement')
  @Produces('file')
  @RequireScopes('wallet:read')
  @PartnerOf(WalletCard.param('cardId'))
  async file(@Param('cardId', IdParamPipe) cardId: number, @Param('reference', PathSegmentPipe) reference: string) {
    return streamed(await this.wallet.statements.statementFile(cardId, reference));
  }
}
