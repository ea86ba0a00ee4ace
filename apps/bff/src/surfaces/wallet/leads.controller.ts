import { Body, Controller, Headers, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import type { ApiClient } from '../../auth/api-clients.js';
import { assertPartnerAllowed } from '../../auth/api-key.guard.js';
import { CurrentApp, RequireScopes } from '../../auth/auth.decorators.js';
import { LeadBody } from './dto/leads.dto.js';
import { PathSegmentPipe } from '../shared/path-segment.pipe.js';
import { streamed } from '../../http/streamed-file.js';
import { PartnerAccess, WalletOwnershipGuard } from './wallet-ownership.guard.js';

/** Merchant onboarding: a lead answers the invitation code its owner registers with. */
@UseGuards(WalletOwnershipGuard)
@Controller('v1/wallet/leads')
export class WalletLeadsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Post()
  @RequireScopes('wallet:write')
  @PartnerAccess('the lead names its partner, which the handler checks')
  create(@CurrentApp() app: ApiClient, @Body() body: LeadBody, @Headers('x-merchant-id') merchantId?: string) {
    assertPartnerAllowed(app, body.partner);
    return this.wallet.createLead(body, merchantId || undefined);
  }

  /** Reads a stored lead file (Migo's POST despite the "upload" in its path changes nothing). */
  @Post('files/upload/:fileName')
  @HttpCode(200)
  @RequireScopes('wallet:read')
  async file(@Param('fileName', PathSegmentPipe) fileName: string) {
    return streamed(await this.wallet.leadFile(fileName));
  }
}
