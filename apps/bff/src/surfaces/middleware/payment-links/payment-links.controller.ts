import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { MiddlewareClient, PAYMENT_LINK } from '#middleware';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { Idempotent } from '../../../http/idempotency.interceptor.js';
import { accepted } from '../../../jobs/job-responses.js';
import { JobStarter } from '../../../jobs/job-starter.service.js';
import { PathSegmentPipe } from '../../shared/path-segment.pipe.js';
import { PaymentLinkBody, RefundBody, RevertBody } from './payment-link.dto.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { Partner, PaymentLink } from '../../../access/object-refs.js';
import { StartsJob } from '../../../openapi/route-docs.js';

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
  @RequireScopes('middleware:write')
  @PartnerOf(Partner.body('client'))
  @Idempotent({ write: PAYMENT_LINK })
  async create(@CurrentApp() app: ApiClient, @Body() body: PaymentLinkBody, @Res({ passthrough: true }) reply: FastifyReply) {
    const link = await this.middleware.paymentLinks.createPaymentLink(body);
    const job = await this.jobs.track(app.name, { type: 'middleware.payment-link', uid: link.uid }, link.uid, body.client);
    return accepted(reply, job, link);
  }

  @Get('transactions/:uid')
  @RequireScopes('middleware:read')
  @PartnerOf(PaymentLink.param('uid'))
  lookup(@Param('uid', PathSegmentPipe) uid: string) {
    return this.middleware.paymentLinks.getPaymentLink(uid);
  }

  /** Voids an approved link with nothing refunded yet. */
  @Post('revert')
  @HttpCode(200)
  @RequireScopes('middleware:write')
  @PartnerOf(PaymentLink.body('transactionUid'))
  @Idempotent()
  revert(@Body() body: RevertBody) {
    return this.middleware.paymentLinks.revertPayment(body);
  }

  @Post('refund')
  @HttpCode(200)
  @RequireScopes('middleware:write')
  @PartnerOf(PaymentLink.body('transactionUid'))
  @Idempotent()
  refund(@Body() body: RefundBody) {
    return this.middleware.paymentLinks.refundPayment(body);
  }
}
