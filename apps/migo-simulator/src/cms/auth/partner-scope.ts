import { Injectable } from '@nestjs/common';
import { MigoBusinessError } from '../../core/sim-errors.js';
import type { SeedPartner } from '../../state/demo-world.js';
import { CmsDirectory, CmsOperator } from '../cms-directory.js';

/**
 * The one place that decides whether an operator may act on a partner: unknown partner → 404 7500,
 * a partner not assigned to the operator → 403 8005 (Migo's "403 FORBIDDEN"). Used by CmsSessionGuard for
 * the partner in the path and by the permission grants for the partners in the body.
 */
@Injectable()
export class PartnerScope {
  constructor(private readonly directory: CmsDirectory) {}

  resolve(operator: CmsOperator, partnerId: string): SeedPartner {
    const partner = this.directory.partner(partnerId);
    if (!operator.partners.includes(partner.partnerId)) {
      throw MigoBusinessError.named('FORBIDDEN', `You are not assigned to partner ${partner.partnerId}.`);
    }
    return partner;
  }
}
