import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { MiddlewareClient, PAYMENT_LINK, PaymentLink as MiddlewarePaymentLink, PaymentLinkCreated } from '#middleware';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { Idempotent } from '../../../http/idempotency.interceptor.js';
import { accepted } from '../../../jobs/job-responses.js';
import { JobStarter } from '../../../jobs/job-starter.service.js';
import { PathSegmentPipe } from '../../shared/path-segment.pipe.js';
import { PaymentLinkBody, RefundBody, RevertBody } from './payment-link.dto.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { Partner, PaymentLink } from '../../../access/object-refs.js';
import { OperationId, Returns, StartsJob } from '../../../openapi/route-docs.js';
import { PaymentLinkReversalTarget, reversalUpstreamId } from '#jobs';

/**
 * Hosted payment links (merchant token) and their revert/refund (Middleware JWT). The customer pays later in Migo's
 * webview, so creation answers 202 with the job that follows the link to its outcome (Migo sends no webhook we use).
 */
@Controller('v1/middleware')
export class MiddlewarePaymentLinksController {
  constructor(
    private readonly middleware: MiddlewareClient,
    private readonly jobs: JobStarter,
  ) {}

  @Post('transactions')
  @HttpCode(202)
  @StartsJob('middleware.payment-link')
  @OperationId('createPaymentLink')
  @Returns(PaymentLinkCreated)
  @RequireScopes('middleware:write')
  @PartnerOf(Partner.body('client'))
  @Idempotent({ write: PAYMENT_LINK })
  async create(@CurrentApp() app: ApiClient, @Body() body: PaymentLinkBody, @Res({ passthrough: true }) reply: FastifyReply) {
    const link = await this.middleware.paymentLinks.createPaymentLink(body);
    const job = await this.jobs.track(app.name, { type: 'middleware.payment-link', uid: link.uid }, link.uid, body.client);
    return accepted(reply, job, link);
  }

  @Get('transactions/:uid')
  @OperationId('getPaymentLink')
  @Returns(MiddlewarePaymentLink)
  @RequireScopes('middleware:read')
  @PartnerOf(PaymentLink.param('uid'))
  lookup(@Param('uid', PathSegmentPipe) uid: string): Promise<MiddlewarePaymentLink> {
    return this.middleware.paymentLinks.getPaymentLink(uid);
  }

  /**
   * Voids an approved link with nothing refunded yet. Migo may apply it later: 202 with the job that follows the link
   * until it shows `reverted` (or `refused`), and Migo's answer.
   */
  @Post('revert')
  @HttpCode(202)
  @StartsJob('middleware.payment-link-reversal')
  @OperationId('revertPaymentLink')
  @Returns(MiddlewarePaymentLink)
  @RequireScopes('middleware:write')
  @PartnerOf(PaymentLink.body('transactionUid'))
  @Idempotent()
  async revert(@CurrentApp() app: ApiClient, @Body() body: RevertBody, @Res({ passthrough: true }) reply: FastifyReply) {
    const link = await this.middleware.paymentLinks.revertPayment(body);
    return accepted(reply, await this.trackReversal(app, { type: 'middleware.payment-link-reversal', uid: body.transactionUid, action: 'revert' }, link.client), link);
  }

  /** Refunds `amount` (or all that is left): 202 with the job that follows the link until that amount shows refunded. */
  @Post('refund')
  @HttpCode(202)
  @StartsJob('middleware.payment-link-reversal')
  @OperationId('refundPaymentLink')
  @Returns(MiddlewarePaymentLink)
  @RequireScopes('middleware:write')
  @PartnerOf(PaymentLink.body('transactionUid'))
  @Idempotent()
  async refund(@CurrentApp() app: ApiClient, @Body() body: RefundBody, @Res({ passthrough: true }) reply: FastifyReply) {
    // Read before refunding: the refunded total this refund reaches does not depend on whether Migo applies it at once.
    const before = await this.middleware.paymentLinks.getPaymentLink(body.transactionUid);
    const link = await this.middleware.paymentLinks.refundPayment(body);
    const refundedAmount = roundAmount(before.refundedAmount + (body.amount ?? before.amount - before.refundedAmount));
    return accepted(reply, await this.trackReversal(app, { type: 'middleware.payment-link-reversal', uid: body.transactionUid, action: 'refund', refundedAmount }, link.client), link);
  }

  private trackReversal(app: ApiClient, target: PaymentLinkReversalTarget, partnerId: string) {
    return this.jobs.track(app.name, target, reversalUpstreamId(target), partnerId);
  }
}

/** Middleware amounts have at most 4 decimals; sums of floats must not add noise to the job's upstream id. */
function roundAmount(amount: number): number {
  return Math.round(amount * 10_000) / 10_000;
}
