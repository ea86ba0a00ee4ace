import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { toJobDto } from '#jobs';
import { WalletGatewayClient } from '#wallet-gateway';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { JobStarter } from '../../../jobs/job-starter.service.js';
import { LeadBody } from './leads.dto.js';
import { WalletLeadAccepted } from './leads.schemas.js';
import { PathSegmentPipe } from '../../shared/path-segment.pipe.js';
import { streamed } from '../../../http/streamed-file.js';
import { AllPartnersOnly, PartnerOf } from '../../../access/access-declaration.js';
import { Partner } from '../../../access/object-refs.js';
import { OperationId, Produces, Returns, StartsJob } from '../../../openapi/route-docs.js';

/**
 * Merchant onboarding: a lead answers the invitation code its owner registers with, plus the job that follows it until
 * Migo approves it into a business or rejects it.
 */
@Controller('v1/wallet/leads')
export class WalletLeadsController {
  constructor(
    private readonly wallet: WalletGatewayClient,
    private readonly jobs: JobStarter,
  ) {}

  /** 201 with Migo's answer as before, plus `job`: the lead exists now, only its approval comes later. */
  @Post()
  @OperationId('createWalletLead')
  @Returns(WalletLeadAccepted)
  @StartsJob('wallet.lead')
  @RequireScopes('wallet:write')
  @PartnerOf(Partner.body('partner'))
  async create(@CurrentApp() app: ApiClient, @Body() body: LeadBody, @Headers('x-merchant-id') merchantId?: string): Promise<WalletLeadAccepted> {
    const lead = await this.wallet.businesses.createLead(body, merchantId || undefined);
    const job = await this.jobs.track(app.name, { type: 'wallet.lead', leadId: lead._id }, lead._id, body.partner);
    return { ...lead, job: toJobDto(job) };
  }

  /** Reads a stored lead file (Migo's POST despite the "upload" in its path changes nothing). */
  @Post('files/upload/:fileName')
  @OperationId('getWalletLeadFile')
  @HttpCode(200)
  @Produces('file')
  @RequireScopes('wallet:read')
  @AllPartnersOnly('a stored lead file: Migo does not say whose')
  async file(@Param('fileName', PathSegmentPipe) fileName: string) {
    return streamed(await this.wallet.businesses.leadFile(fileName));
  }
}
