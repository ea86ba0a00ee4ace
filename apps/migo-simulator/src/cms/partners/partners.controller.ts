import { Controller, Get, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import type { SeedPartner } from '../../state/demo-world.js';
import { CurrentOperator, CurrentPartner } from '../auth/cms-request.js';
import { CmsSessionGuard } from '../auth/cms-session.guard.js';
import { CmsDirectory, type CmsOperator } from '../cms-directory.js';
import { CardholderStore } from '../cardholders/cardholder-store.js';
import { PartnerBalances } from './partner-balances.js';

function partnerView(partner: SeedPartner) {
  return { partnerId: partner.partnerId, name: partner.name, currency: partner.currency, status: 'active' as const };
}

/** The partners assigned to the operator. Migo's "Partners" page could not be read: both routes are assumed. */
@Controller('app/partners')
@UseGuards(CmsSessionGuard)
export class PartnersController {
  constructor(
    private readonly directory: CmsDirectory,
    private readonly balances: PartnerBalances,
    private readonly cardholders: CardholderStore,
  ) {}

  @Get()
  list(@CurrentOperator() operator: CmsOperator) {
    return ok(this.directory.partners().filter((p) => operator.partners.includes(p.partnerId)).map(partnerView));
  }

  @Get(':partnerId')
  detail(@CurrentPartner() partner: SeedPartner) {
    const { available, currency } = this.balances.view(partner.partnerId);
    return ok({ ...partnerView(partner), balance: { available, currency }, cardholders: this.cardholders.count(partner.partnerId) });
  }
}
