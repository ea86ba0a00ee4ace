import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { LeadBody } from './leads.dto.js';
import { PathSegmentPipe } from '../../shared/path-segment.pipe.js';
import { streamed } from '../../../http/streamed-file.js';
import { AllPartnersOnly, PartnerOf } from '../../../access/access-declaration.js';
import { Partner } from '../../../access/object-refs.js';
import { Produces } from '../../../openapi/route-docs.js';

/** Merchant onboarding: a lead answers the invitation code its owner registers with. */
@Controller('v1/wallet/leads')
export class WalletLeadsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Post()
  @RequireScopes('wallet:write')
  @PartnerOf(Partner.body('partner'))
  create(@Body() body: LeadBody, @Headers('x-merchant-id') merchantId?: string) {
    return this.wallet.businesses.createLead(body, merchantId || undefined);
  }

  /** Reads a stored lead file (Migo's POST despite the "upload" in its path changes nothing). */
  @Post('files/upload/:fileName')
  @HttpCode(200)
  @Produces('file')
  @RequireScopes('wallet:read')
  @AllPartnersOnly('a stored lead file: Migo does not say whose')
  async file(@Param('fileName', PathSegmentPipe) fileName: string) {
    return streamed(await this.wallet.businesses.leadFile(fileName));
  }
}
