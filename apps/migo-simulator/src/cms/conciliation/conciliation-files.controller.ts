import { Controller, Get, HttpCode, Param, Post, StreamableFile, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor, type UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { ok } from '../../core/envelopes.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import type { SeedPartner } from '../../state/demo-world.js';
import { CurrentPartner } from '../auth/cms-request.js';
import { CmsSessionGuard } from '../auth/cms-session.guard.js';
import { BatchStore } from '../uploads/batch-store.js';
import type { ConciliationEntry } from './conciliation-entry.js';
import { MAX_CONCILIATION_FILE_BYTES, readConciliationFile } from './conciliation-file-reader.js';
import { conciliationResultCsv } from './conciliation-result-csv.js';
import { PaymentsToReconcile } from './payments-to-reconcile.js';
import { reconcile } from './reconcile.js';

/**
 * Conciliation files (assumed routes on the CMS bulk path): a processor or bank file is reconciled against the
 * partner's captured payments as of the upload, and its entries are released as a batch, followed on the same
 * progress stream as the Excel uploads (`conciliation-files/batch/{batchId}/progress`). The result CSV is served
 * once the batch is finished. Not OTP-gated: it moves no value.
 */
@Controller('app/partners/:partnerId/conciliation-files')
@UseGuards(CmsSessionGuard)
export class ConciliationFilesController {
  constructor(
    private readonly batches: BatchStore,
    private readonly payments: PaymentsToReconcile,
  ) {}

  @Post()
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_CONCILIATION_FILE_BYTES } }))
  async upload(@CurrentPartner() partner: SeedPartner, @UploadedFile() file: UploadedMultipartFile | undefined) {
    const rows = await readConciliationFile(file);
    const entries = reconcile(rows, this.payments.capturedFor(partner.partnerId));
    const batch = this.batches.start(partner.partnerId, 'conciliation', entries.map((entry) => () => entry));
    return ok({ id: batch.batchId }, 'File received, processing');
  }

  @Get('batch/:batchId/result')
  result(@CurrentPartner() partner: SeedPartner, @Param('batchId') batchId: string): StreamableFile {
    const batch = this.batches.snapshot(partner.partnerId, batchId);
    if (batch.kind !== 'conciliation') throw MigoBusinessError.named('BATCH_NOT_FOUND');
    if (!batch.results) throw MigoBusinessError.named('BATCH_NOT_FINISHED');
    const csv = Buffer.from(conciliationResultCsv(batch.results as ConciliationEntry[]), 'utf8');
    return new StreamableFile(csv, { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="conciliation-${batchId}.csv"`, length: csv.length });
  }
}
