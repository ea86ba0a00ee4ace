import { Body, Controller, Get, HttpCode, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { FileInterceptor, type UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import type { FastifyReply } from 'fastify';
import { CHARGE_BATCH, ChargeBatchFound, ChargesCsvAccepted, MiddlewareClient, PaymentHistory } from '#middleware';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { Idempotent } from '../../../http/idempotency.interceptor.js';
import { accepted } from '../../../jobs/job-responses.js';
import { JobStarter } from '../../../jobs/job-starter.service.js';
import { MAX_CSV_BYTES, readChargesCsv } from './charges-csv.js';
import { ChargeBatchBody, CsvUploadFields, PaymentHistoryQuery } from './charge.dto.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { Partner, Subscription } from '../../../access/object-refs.js';
import { OperationId, Returns, StartsJob, Upload } from '../../../openapi/route-docs.js';

/**
 * Merchant-initiated subscription charges. Migo takes both kinds at once (202) and charges in the background; each
 * answer here is 202 with the job that follows every requested row to its outcome in the payment history.
 */
@Controller('v1/middleware/v1/subscriptions')
export class MiddlewareChargesController {
  constructor(
    private readonly middleware: MiddlewareClient,
    private readonly jobs: JobStarter,
  ) {}

  @Post('charges')
  @HttpCode(202)
  @StartsJob('middleware.charge-batch')
  @OperationId('chargeSubscriptions')
  @Returns(ChargeBatchFound)
  @RequireScopes('middleware:write')
  @PartnerOf(Partner.body('client'))
  @Idempotent({ write: CHARGE_BATCH })
  async charge(@CurrentApp() app: ApiClient, @Body() body: ChargeBatchBody, @Res({ passthrough: true }) reply: FastifyReply) {
    const batch = await this.middleware.charges.chargeSubscriptions(body);
    // Every requested row, including those Migo refused up front: the tracker reports rows that never got an outcome.
    const rows = body.data.map((charge, row) => ({ row, subscriptionId: charge.subscriptionId, amount: charge.amount }));
    const job = await this.jobs.track(app.name, { type: 'middleware.charge-batch', client: body.client, batchId: batch.batchId, rows }, batch.batchId, body.client);
    return accepted(reply, job, batch);
  }

  /**
   * Interceptors run bottom-up: the form is parsed, its `clientId` checked, then `@Idempotent()` fingerprints the request
   * with the uploaded bytes.
   */
  @Post('charges/upload-csv')
  @HttpCode(202)
  @StartsJob('middleware.csv-charges')
  @OperationId('uploadChargesCsv')
  @Returns(ChargesCsvAccepted)
  @RequireScopes('middleware:write')
  @Idempotent()
  @PartnerOf(Partner.formOrQuery('clientId', { absent: 'app-partner' }))
  @Upload(FileInterceptor('file', { limits: { fileSize: MAX_CSV_BYTES } }), { files: ['file'] })
  async uploadCsv(
    @CurrentApp() app: ApiClient,
    @UploadedFile() file: UploadedMultipartFile | undefined,
    @Body() fields: CsvUploadFields,
    @Query() query: CsvUploadFields,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const clientId = (fields?.clientId ?? query.clientId)!;
    const csv = readChargesCsv(file);
    const upload = await this.middleware.charges.uploadChargesCsv({ clientId, bytes: csv.bytes, filename: csv.filename });
    const job = await this.jobs.track(app.name, { type: 'middleware.csv-charges', client: clientId, trackingId: upload.trackingId, rows: csv.rows }, upload.trackingId, clientId);
    return accepted(reply, job, upload);
  }

  @Get('payment-history')
  @OperationId('listPaymentHistory')
  @Returns(PaymentHistory)
  @RequireScopes('middleware:read')
  @PartnerOf(Subscription.query('subscriptionId'))
  paymentHistory(@Query() query: PaymentHistoryQuery): Promise<PaymentHistory> {
    return this.middleware.charges.paymentHistory(query);
  }
}
