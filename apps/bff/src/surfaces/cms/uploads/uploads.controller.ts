import { Controller, Get, HttpCode, Param, Post, Req, Res, UploadedFile, UseGuards } from '@nestjs/common';
import { CmsOperatorGuard } from '../operator-sessions/cms-operator.guard.js';
import { FileInterceptor, type UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BatchFrame, CARD_UPLOAD_COLUMNS, CARDHOLDER_UPLOAD_COLUMNS, CmsClient, UploadAccepted } from '#cms';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { Idempotent } from '../../../http/idempotency.interceptor.js';
import { accepted } from '../../../jobs/job-responses.js';
import { JobStarter } from '../../../jobs/job-starter.service.js';
import { CardholderBody, CardRowBody } from '../cardholders/cardholder.dto.js';
import { isMultipart, prepareUpload } from './upload-input.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { Partner } from '../../../access/object-refs.js';
import { OperationId, Returns, StartsJob, Upload } from '../../../openapi/route-docs.js';

/**
 * Excel bulk uploads (also accepted as JSON rows, converted here). Migo processes them in the background, so the
 * answer is 202 with the job that follows the upload to its per-row outcome.
 */
@UseGuards(CmsOperatorGuard)
@Controller('v1/cms/partners/:partnerId')
export class CmsUploadsController {
  constructor(
    private readonly cms: CmsClient,
    private readonly jobs: JobStarter,
  ) {}

  @Post('cardholders/upload')
  @HttpCode(202)
  @StartsJob('cms.cardholder-upload')
  @OperationId('uploadCmsCardholders')
  @Returns(UploadAccepted)
  @RequireScopes('cms:write')
  @PartnerOf(Partner.param('partnerId'))
  @Upload(FileInterceptor('users'), { files: ['users'], textFields: ['otp'], jsonRows: CardholderBody })
  async uploadCardholders(
    @CurrentApp() app: ApiClient,
    @Param('partnerId') partnerId: string,
    @UploadedFile() file: UploadedMultipartFile | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const upload = await prepareUpload({ file, body: request.body, multipart: isMultipart(request) }, 'users', CardholderBody, CARDHOLDER_UPLOAD_COLUMNS);
    const batch = await this.cms.uploadCardholders(partnerId, upload.file, upload.otp);
    return this.track(app, reply, 'cms.cardholder-upload', partnerId, batch);
  }

  @Post('cards/upload')
  @HttpCode(202)
  @StartsJob('cms.card-upload')
  @OperationId('uploadCmsCards')
  @Returns(UploadAccepted)
  @RequireScopes('cms:write')
  @PartnerOf(Partner.param('partnerId'))
  @Idempotent() // cards carry value; nothing in the file can hold a reference, so an unknown outcome stays blocked
  @Upload(FileInterceptor('cards'), { files: ['cards'], textFields: ['otp'], jsonRows: CardRowBody })
  async uploadCards(
    @CurrentApp() app: ApiClient,
    @Param('partnerId') partnerId: string,
    @UploadedFile() file: UploadedMultipartFile | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const upload = await prepareUpload({ file, body: request.body, multipart: isMultipart(request) }, 'cards', CardRowBody, CARD_UPLOAD_COLUMNS);
    const batch = await this.cms.uploadCards(partnerId, upload.file, upload.otp);
    return this.track(app, reply, 'cms.card-upload', partnerId, batch);
  }

  @Get(':kind(cardholders|cards)/batch/:batchId')
  @OperationId('getCmsUploadBatch')
  @Returns(BatchFrame)
  @RequireScopes('cms:read')
  @PartnerOf(Partner.param('partnerId'))
  batch(@Param('partnerId') partnerId: string, @Param('kind') kind: 'cardholders' | 'cards', @Param('batchId') batchId: string): Promise<BatchFrame> {
    return this.cms.batch(partnerId, batchId, kind);
  }

  private async track(app: ApiClient, reply: FastifyReply, type: 'cms.cardholder-upload' | 'cms.card-upload', partnerId: string, batch: UploadAccepted) {
    const job = await this.jobs.track(app.name, { type, partnerId, batchId: batch.id }, batch.id, partnerId);
    return accepted(reply, job, batch);
  }
}
