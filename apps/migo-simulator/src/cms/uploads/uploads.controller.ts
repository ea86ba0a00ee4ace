import { Controller, HttpCode, Post, UploadedFile, UseGuards } from '@nestjs/common';
import { FileInterceptor, type UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { ok } from '../../core/envelopes.js';
import type { SeedPartner } from '../../state/demo-world.js';
import { Ledger } from '../../state/ledger.js';
import { CurrentPartner } from '../auth/cms-request.js';
import { CmsSessionGuard } from '../auth/cms-session.guard.js';
import { OtpGated } from '../auth/otp-gate.js';
import { CardholderStore } from '../cardholders/cardholder-store.js';
import { BatchStore } from './batch-store.js';
import { CARD_COLUMNS } from './card-row.dto.js';
import { CARDHOLDER_COLUMNS, cardholderRow, cardRow } from './row-importers.js';
import { readUploadedSheet } from './xlsx-sheet.js';

const ACCEPTED = 'File received, processing';

/**
 * Excel bulk uploads: the file is checked at once (200 with the batch id), its rows are processed in the background
 * and followed on the progress stream. Gated by the conditional OTP guard (operators with `otpRequired`).
 */
@Controller('app/partners/:partnerId')
@UseGuards(CmsSessionGuard)
export class UploadsController {
  constructor(
    private readonly batches: BatchStore,
    private readonly cardholders: CardholderStore,
    private readonly ledger: Ledger,
  ) {}

  @Post('cardholders/upload')
  @HttpCode(200)
  @OtpGated('conditional', FileInterceptor('users'))
  async uploadCardholders(@CurrentPartner() partner: SeedPartner, @UploadedFile() file: UploadedMultipartFile | undefined) {
    const rows = await readUploadedSheet(file, 'users', CARDHOLDER_COLUMNS);
    const batch = this.batches.start(partner.partnerId, 'cardholders', rows.map((row) => cardholderRow(this.cardholders, partner.partnerId, row)));
    return ok({ id: batch.batchId }, ACCEPTED);
  }

  @Post('cards/upload')
  @HttpCode(200)
  @OtpGated('conditional', FileInterceptor('cards'))
  async uploadCards(@CurrentPartner() partner: SeedPartner, @UploadedFile() file: UploadedMultipartFile | undefined) {
    const rows = await readUploadedSheet(file, 'cards', CARD_COLUMNS);
    const batch = this.batches.start(partner.partnerId, 'cards', rows.map((row) => cardRow(this.ledger, partner, row)));
    return ok({ id: batch.batchId }, ACCEPTED);
  }
}
