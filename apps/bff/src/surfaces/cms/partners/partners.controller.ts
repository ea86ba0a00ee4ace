import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { CmsOperatorGuard } from '../operator-sessions/cms-operator.guard.js';
import { CmsClient, Partner as CmsPartner, PartnerBalance, PartnerList } from '#cms';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { PartnerFilteredList, PartnerOf } from '../../../access/access-declaration.js';
import { Partner } from '../../../access/object-refs.js';
import { OperationId, Returns } from '../../../openapi/route-docs.js';

@UseGuards(CmsOperatorGuard)
@Controller('v1/cms/partners')
export class CmsPartnersController {
  constructor(private readonly cms: CmsClient) {}

  /** The operator's partners, narrowed to the ones this app may see. */
  @Get()
  @OperationId('listCmsPartners')
  @Returns(PartnerList)
  @RequireScopes('cms:read')
  @PartnerFilteredList((partner: { partnerId?: string }) => partner.partnerId, "the operator's partners")
  async list(@CurrentApp() app: ApiClient): Promise<PartnerList> {
    const partners = await this.cms.partners();
    return app.partners ? partners.filter((partner) => app.partners!.has(partner.partnerId)) : partners;
  }

  @Get(':partnerId')
  @OperationId('getCmsPartner')
  @Returns(CmsPartner)
  @RequireScopes('cms:read')
  @PartnerOf(Partner.param('partnerId'))
  detail(@Param('partnerId') partnerId: string): Promise<CmsPartner> {
    return this.cms.partner(partnerId);
  }

  @Get(':clientId/balance')
  @OperationId('getCmsPartnerBalance')
  @Returns(PartnerBalance)
  @RequireScopes('cms:read')
  @PartnerOf(Partner.param('clientId'))
  balance(@Param('clientId') clientId: string): Promise<PartnerBalance> {
    return this.cms.balance(clientId);
  }
}
