import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, UploadedFile, UseGuards } from '@nestjs/common';
import { FileInterceptor, type UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { ok } from '../../core/envelopes.js';
import type { SeedPartner } from '../../state/demo-world.js';
import { amountUnits } from '../../state/ledger.js';
import { CurrentOperator, CurrentPartner } from '../auth/cms-request.js';
import { CmsSessionGuard } from '../auth/cms-session.guard.js';
import { OtpGated } from '../auth/otp-gate.js';
import type { CmsOperator } from '../cms-directory.js';
import { PartnerBalances } from '../partners/partner-balances.js';
import { readEvidence } from './evidence.js';
import { CreateProcessRequestBody, ListProcessRequestsQuery, ReviewProcessRequestBody } from './process-request.dto.js';
import { ProcessRequestStore } from './process-request-store.js';

/** Partner balance and its top-up ("process") requests. Migo names the partner `{clientId}` on most of these paths. */
@Controller('app/partners')
@UseGuards(CmsSessionGuard)
export class ProcessRequestsController {
  constructor(
    private readonly store: ProcessRequestStore,
    private readonly balances: PartnerBalances,
  ) {}

  @Get(':clientId/balance')
  balance(@CurrentPartner() partner: SeedPartner) {
    return ok(this.balances.view(partner.partnerId));
  }

  @Post(':partnerId/process-request')
  @HttpCode(201)
  @OtpGated('always', FileInterceptor('evidence'))
  create(
    @CurrentPartner() partner: SeedPartner,
    @CurrentOperator() operator: CmsOperator,
    @UploadedFile() file: UploadedMultipartFile | undefined,
    @Body() body: CreateProcessRequestBody,
  ) {
    const requestedAmountUnits = amountUnits(body.requestedAmount);
    const evidence = readEvidence(file);
    const created = this.store.create({ clientId: partner.partnerId, currency: partner.currency, requestedAmountUnits, observations: body.observations, evidence, createdBy: operator.id });
    return ok(created, 'Process request created');
  }

  @Get(':clientId/process-requests')
  list(@CurrentPartner() partner: SeedPartner, @Query() query: ListProcessRequestsQuery) {
    const all = this.store.list(partner.partnerId);
    const start = (query.page - 1) * query.limit;
    return ok({ items: all.slice(start, start + query.limit), total: all.length, page: query.page, limit: query.limit });
  }

  @Get(':clientId/process-requests/all')
  listAll(@CurrentPartner() partner: SeedPartner) {
    return ok(this.store.list(partner.partnerId));
  }

  /** Assumed path: Migo says only that "another operator approves or rejects". */
  @Patch(':clientId/process-requests/:requestId')
  review(
    @CurrentPartner() partner: SeedPartner,
    @CurrentOperator() operator: CmsOperator,
    @Param('requestId', ParseIntPipe) requestId: number,
    @Body() body: ReviewProcessRequestBody,
  ) {
    return ok(this.store.review(partner.partnerId, requestId, operator.id, body), body.status === 'approved' ? 'Process request approved' : 'Process request rejected');
  }
}
