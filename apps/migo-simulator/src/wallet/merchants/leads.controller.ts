import { Body, Controller, Get, Headers, HttpCode, Param, Post, StreamableFile, UseGuards } from '@nestjs/common';
import { ok, okNoMessage } from '../../core/envelopes.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { InvitationCodes } from '../users/invitation-codes.store.js';
import { SEED_LEAD_FILES } from './lead-files.seed.js';
import { CreateLeadBody } from './leads.dto.js';
import { leadView, Leads } from './leads.store.js';

@Controller('leads')
@UseGuards(WalletAuthGuard)
export class LeadsController {
  constructor(
    private readonly leads: Leads,
    private readonly codes: InvitationCodes,
  ) {}

  /** Answers `{success, data:{_id, invitationCode}}` (no message, as Migo's example). The owner registers with the code. */
  @Post()
  create(@Body() body: CreateLeadBody, @Headers('x-merchant-id') merchantId?: string) {
    const _id = this.leads.newId();
    const invitation = this.codes.create({ role: 'admin', leadId: _id });
    const { firstName, lastName, commercialName, partner, email, phone, paymentMethods, ...kyc } = body;
    this.leads.save({
      _id,
      invitationCode: invitation.code,
      merchantId: merchantId || undefined,
      partner,
      firstName,
      lastName,
      commercialName,
      email,
      phone,
      paymentMethods: (paymentMethods ?? []).map(({ slug, acquirerSlug }) => ({ slug, acquirerSlug })),
      kyc: { ...kyc },
      status: 'pending',
      createdAt: new Date().toISOString(),
    });
    return okNoMessage({ _id, invitationCode: invitation.code });
  }

  /** Assumed route (docs/upstream-assumptions.md, "Tracking work an app starts"): where a lead stands. */
  @Get(':leadId')
  read(@Param('leadId') leadId: string) {
    return ok(leadView(this.leads.get(leadId)));
  }

  /** Reads a stored lead file, despite the POST and the "upload" in the path. */
  @Post('files/upload/:fileName')
  @HttpCode(200)
  readFile(@Param('fileName') fileName: string) {
    const file = SEED_LEAD_FILES.get(fileName);
    if (!file) throw MigoBusinessError.named('FILE_NOT_FOUND');
    return new StreamableFile(file.content, { type: file.contentType, disposition: `inline; filename="${fileName}"`, length: file.content.length });
  }
}
