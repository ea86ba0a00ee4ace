import { Body, Controller, Get, Param, Patch, Post, Query, UploadedFile, UseGuards } from '@nestjs/common';
import { CmsOperatorGuard } from '../operator-sessions/cms-operator.guard.js';
import { FileInterceptor, type UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { CmsClient, PROCESS_REQUEST, ProcessRequest, ProcessRequestList, ProcessRequestPage } from '#cms';
import { toJobDto } from '#jobs';
import { Idempotent } from '../../../http/idempotency.interceptor.js';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { JobStarter } from '../../../jobs/job-starter.service.js';
import { PageQuery } from '../../shared/validation-helpers.js';
import { ReviewProcessRequestBody } from '../shared/cms-misc.dto.js';
import { ProcessRequestFields } from './process-request.dto.js';
import { checkedEvidence } from './evidence-file.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { Partner } from '../../../access/object-refs.js';
import { OperationId, Returns, StartsJob, Upload } from '../../../openapi/route-docs.js';
import { CmsProcessRequestCreated } from './process-request.schemas.js';

/**
 * Partner balance top-ups: one operator files a request with evidence, another approves or rejects it. Both writes
 * take Idempotency-Key; a request carries the BFF's reference in `observations`, so an unknown outcome is looked up.
 * Creating one also starts the job that follows it until the second operator's decision.
 */
@UseGuards(CmsOperatorGuard)
@Controller('v1/cms/partners')
export class CmsProcessRequestsController {
  constructor(
    private readonly cms: CmsClient,
    private readonly jobs: JobStarter,
  ) {}

  /** 201 with the request as before, plus `job`: the request exists now, only its decision comes later. */
  @Post(':partnerId/process-request')
  @StartsJob('cms.process-request')
  @OperationId('createCmsProcessRequest')
  @Returns(CmsProcessRequestCreated)
  @RequireScopes('cms:write')
  @PartnerOf(Partner.param('partnerId'))
  @Idempotent({ write: PROCESS_REQUEST })
  @Upload(FileInterceptor('evidence'))
  async create(@CurrentApp() app: ApiClient, @Param('partnerId') partnerId: string, @UploadedFile() file: UploadedMultipartFile | undefined, @Body() fields: ProcessRequestFields): Promise<CmsProcessRequestCreated> {
    const request = await this.cms.createProcessRequest(partnerId, { evidence: checkedEvidence(file), ...fields });
    const job = await this.jobs.track(app.name, { type: 'cms.process-request', partnerId: request.clientId, requestId: request.id }, String(request.id), request.clientId);
    return { ...request, job: toJobDto(job) };
  }

  @Get(':clientId/process-requests')
  @OperationId('listCmsProcessRequests')
  @Returns(ProcessRequestPage)
  @RequireScopes('cms:read')
  @PartnerOf(Partner.param('clientId'))
  list(@Param('clientId') clientId: string, @Query() query: PageQuery): Promise<ProcessRequestPage> {
    return this.cms.listProcessRequests(clientId, query);
  }

  @Get(':clientId/process-requests/all')
  @OperationId('listAllCmsProcessRequests')
  @Returns(ProcessRequestList)
  @RequireScopes('cms:read')
  @PartnerOf(Partner.param('clientId'))
  all(@Param('clientId') clientId: string): Promise<ProcessRequestList> {
    return this.cms.allProcessRequests(clientId);
  }

  @Patch(':clientId/process-requests/:id')
  @OperationId('reviewCmsProcessRequest')
  @Returns(ProcessRequest)
  @RequireScopes('cms:write')
  @PartnerOf(Partner.param('clientId'))
  @Idempotent() // approving applies the top-up to the partner's balance
  review(@Param('clientId') clientId: string, @Param('id', IdParamPipe) id: number, @Body() body: ReviewProcessRequestBody): Promise<ProcessRequest> {
    return this.cms.reviewProcessRequest(clientId, id, body);
  }
}
