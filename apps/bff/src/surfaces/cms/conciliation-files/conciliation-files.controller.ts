import { Controller, HttpCode, Param, Post, Res, UploadedFile, UseGuards } from '@nestjs/common';
import { CmsOperatorGuard } from '../operator-sessions/cms-operator.guard.js';
import { FileInterceptor, type UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import type { FastifyReply } from 'fastify';
import { CmsClient, UploadAccepted } from '#cms';
import { PartnerOf } from '../../../access/access-declaration.js';
import { Partner } from '../../../access/object-refs.js';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { Idempotent } from '../../../http/idempotency.interceptor.js';
import { accepted } from '../../../jobs/job-responses.js';
import { JobStarter } from '../../../jobs/job-starter.service.js';
import { OperationId, Returns, StartsJob, Upload } from '../../../openapi/route-docs.js';
import { checkConciliationFile, MAX_CONCILIATION_FILE_BYTES } from './conciliation-file-check.js';

/**
 * A partner's processor or bank reconciliation file (CSV or .xlsx), reconciled by Migo in the background against the
 * partner's captured payments: 202 with the job, whose result counts each outcome and whose file
 * (`GET /v1/jobs/{id}/result`) is the full per-row CSV.
 */
@UseGuards(CmsOperatorGuard)
@Controller('v1/cms/partners/:partnerId/conciliation-files')
export class CmsConciliationFilesController {
  constructor(
    private readonly cms: CmsClient,
    private readonly jobs: JobStarter,
  ) {}

  /** Interceptors run bottom-up: the form is parsed, then `@Idempotent()` fingerprints the request with the file. */
  @Post()
  @HttpCode(202)
  @StartsJob('cms.conciliation')
  @OperationId('uploadCmsConciliationFile')
  @Returns(UploadAccepted)
  @RequireScopes('cms:write')
  @Idempotent()
  @PartnerOf(Partner.param('partnerId'))
  @Upload(FileInterceptor('file', { limits: { fileSize: MAX_CONCILIATION_FILE_BYTES } }), { files: ['file'] })
  async upload(@CurrentApp() app: ApiClient, @Param('partnerId') partnerId: string, @UploadedFile() file: UploadedMultipartFile | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const checked = await checkConciliationFile(file);
    const batch = await this.cms.conciliationFiles.upload(partnerId, checked);
    const job = await this.jobs.track(app.name, { type: 'cms.conciliation', partnerId, batchId: batch.id }, batch.id, partnerId);
    return accepted(reply, job, batch);
  }
}
