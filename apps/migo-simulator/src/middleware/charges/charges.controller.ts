import { Body, Controller, Get, HttpCode, Post, Query, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor, type UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { ok } from '../../core/envelopes.js';
import { SimSettings } from '../../core/sim-settings.service.js';
import { MiddlewareJwtGuard } from '../auth/middleware-jwt.guard.js';
import { requireClient } from '../shared/clients.js';
import { mwErrors } from '../shared/mw-errors.js';
import { SubscriptionStore } from '../subscriptions/subscription-store.js';
import { MAX_CSV_BYTES, readChargeCsv } from './charge-csv.js';
import { ChargeBatchBody, CsvUploadFields, PaymentHistoryQuery } from './charge.dto.js';
import { ChargeIntake } from './charge-intake.js';
import { CsvTooLargeFilter } from './csv-too-large.filter.js';
import { historyEntryView, PaymentHistory } from './payment-history.js';

/** Merchant-initiated charges (both asynchronous, 202) and the payment history where their outcomes show up. */
@Controller('v1/subscriptions')
@UseGuards(MiddlewareJwtGuard)
export class ChargesController {
  constructor(
    private readonly intake: ChargeIntake,
    private readonly history: PaymentHistory,
    private readonly subscriptions: SubscriptionStore,
    private readonly settings: SimSettings,
  ) {}

  @Post('charges')
  @HttpCode(202)
  chargeBatch(@Body() body: ChargeBatchBody) {
    return ok(this.intake.acceptBatch(requireClient(body.client), body.data), 'Batch received');
  }

  /** `trackingId` sits at the top level: Migo's answer has no `data`. */
  @Post('charges/upload-csv')
  @HttpCode(202)
  @UseFilters(CsvTooLargeFilter)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_CSV_BYTES } }))
  uploadCsv(@UploadedFile() file: UploadedMultipartFile | undefined, @Body() fields: CsvUploadFields = {}, @Query() query: CsvUploadFields) {
    const clientId = fields.clientId ?? query.clientId;
    if (!clientId) throw mwErrors.invalid('clientId is required (form field or query parameter).');
    const client = requireClient(clientId);
    const trackingId = this.intake.acceptCsv(client, readChargeCsv(file));
    return { success: true, message: 'File received...', trackingId };
  }

  @Get('payment-history')
  paymentHistory(@Query() query: PaymentHistoryQuery) {
    const sub = this.subscriptions.get(query.subscriptionId);
    const withSource = this.settings.current.paymentHistorySource;
    return ok(this.history.of(sub.subUid).map((entry) => historyEntryView(entry, withSource)), 'Payment history found');
  }
}
