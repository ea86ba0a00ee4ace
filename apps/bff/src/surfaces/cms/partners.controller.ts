import { Controller, Get, Param } from '@nestjs/common';
import { CmsClient } from '#cms';
import type { ApiClient } from '../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../auth/auth.decorators.js';

@Controller('v1/cms/partners')
export class CmsPartnersController {
  constructor(private readonly cms: CmsClient) {}

  /** The operator's partners, narrowed to the ones this app may see. */
  @Get()
  @RequireScopes('cms:read')
  async list(@CurrentApp() app: ApiClient) {
    const partners = await this.cms.partners();
    return app.partners ? partners.filter((partner) => app.partners!.has(partner.partnerId)) : partners;
  }

  @Get(':partnerId')
  @RequireScopes('cms:read')
  detail(@Param('partnerId') partnerId: string) {
    return this.cms.partner(partnerId);
  }

  @Get(':clientId/balance')
  @RequireScopes('cms:read')
  balance(@Param('clientId') clientId: string) {
    return this.cms.balance(clientId);
  }
}
