import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  AlternativePayment as MiddlewareAlternativePayment,
  AlternativePaymentCreated,
  AlternativePaymentDismissal,
  AlternativePaymentStarted,
  MiddlewareClient,
  PaymentIntents,
} from '#middleware';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { Idempotent } from '../../../http/idempotency.interceptor.js';
import { accepted } from '../../../jobs/job-responses.js';
import { JobStarter } from '../../../jobs/job-starter.service.js';
import { PathSegmentPipe } from '../../shared/path-segment.pipe.js';
import { dismissOutcome } from './dismiss-outcome.js';
import { AlternativePaymentBody, DismissBody, PaymentIntentsBody, RailPaymentBody } from './alternative-payment.dto.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { AlternativePayment, Partner } from '../../../access/object-refs.js';
import { OperationId, Returns, StartsJob } from '../../../openapi/route-docs.js';

/**
 * Alternative payments (non-card rails, merchant token). The rail settles later, so creation answers 202 with the job
 * that follows the transaction; paying and dismissing are idempotent-keyed like the creation.
 */
@Controller('v1/middleware/api/v1/integrations/transactions')
export class MiddlewareAlternativePaymentsController {
  constructor(
    private readonly middleware: MiddlewareClient,
    private readonly jobs: JobStarter,
  ) {}

  @Post()
  @HttpCode(202)
  @StartsJob('middleware.alternative-payment')
  @OperationId('createAlternativePayment')
  @Returns(AlternativePaymentCreated)
  @RequireScopes('middleware:write')
  @PartnerOf(Partner.body('client'))
  @Idempotent()
  async create(@CurrentApp() app: ApiClient, @Body() body: AlternativePaymentBody, @Res({ passthrough: true }) reply: FastifyReply) {
    const created = await this.middleware.alternativePayments.createAlternativePayment(body);
    const job = await this.jobs.track(app.name, { type: 'middleware.alternative-payment', uid: created.uid }, created.uid, body.client);
    return accepted(reply, job, created);
  }

  @Get(':uid')
  @OperationId('getAlternativePayment')
  @Returns(MiddlewareAlternativePayment)
  @RequireScopes('middleware:read')
  @PartnerOf(AlternativePayment.param('uid'))
  lookup(@Param('uid', PathSegmentPipe) uid: string): Promise<MiddlewareAlternativePayment> {
    return this.middleware.alternativePayments.getAlternativePayment(uid);
  }

  /** A rail's required fields or bank list; it marks a new transaction USED at Migo, hence the write scope. */
  @Post(':uid/payment-intents')
  @HttpCode(200)
  @OperationId('getAlternativePaymentIntents')
  @Returns(PaymentIntents)
  @RequireScopes('middleware:write')
  @PartnerOf(AlternativePayment.param('uid'))
  intents(@Param('uid', PathSegmentPipe) uid: string, @Body() body: PaymentIntentsBody): Promise<PaymentIntents> {
    return this.middleware.alternativePayments.alternativePaymentIntents(uid, body);
  }

  @Post(':uid/payments')
  @HttpCode(200)
  @OperationId('payAlternativePayment')
  @Returns(AlternativePaymentStarted)
  @RequireScopes('middleware:write')
  @PartnerOf(AlternativePayment.param('uid'))
  @Idempotent()
  pay(@Param('uid', PathSegmentPipe) uid: string, @Body() body: RailPaymentBody): Promise<AlternativePaymentStarted> {
    return this.middleware.alternativePayments.payAlternativePayment(uid, body);
  }

  @Post(':uid/dismiss')
  @HttpCode(200)
  @OperationId('dismissAlternativePayment')
  @Returns(AlternativePaymentDismissal)
  @RequireScopes('middleware:write')
  @PartnerOf(AlternativePayment.param('uid'))
  @Idempotent()
  async dismiss(@Param('uid', PathSegmentPipe) uid: string, @Body() body: DismissBody): Promise<AlternativePaymentDismissal> {
    return dismissOutcome(uid, await this.middleware.alternativePayments.dismissAlternativePayment(uid, { ...body }));
  }
}
