import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CmsClient } from '#cms';
import type { ApiClient } from '../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../auth/auth.decorators.js';
import { assertPartnerAllowed } from '../../auth/api-key.guard.js';
import { CreatePermissionsBody, GrantsBody } from './dto/cms-misc.dto.js';
import { IdParamPipe } from '../shared/id-param.pipe.js';

@Controller('v1/cms')
export class CmsRbacController {
  constructor(private readonly cms: CmsClient) {}

  @Get('modules')
  @RequireScopes('cms:read')
  modules() {
    return this.cms.modules();
  }

  @Post('permissions')
  @RequireScopes('cms:write', 'admin')
  createPermissions(@Body() body: CreatePermissionsBody) {
    return this.cms.createPermissions(body);
  }

  @Get('users/:cmsUserId/partners/:partnerId/permissions')
  @RequireScopes('cms:read')
  userPermissions(@Param('cmsUserId', IdParamPipe) cmsUserId: number, @Param('partnerId') partnerId: string) {
    return this.cms.userPermissions(cmsUserId, partnerId);
  }

  @Post('users/:cmsUserId/permissions')
  @HttpCode(200)
  @RequireScopes('cms:write')
  grant(@CurrentApp() app: ApiClient, @Param('cmsUserId', IdParamPipe) cmsUserId: number, @Body() body: GrantsBody) {
    for (const grant of body.permissions) assertPartnerAllowed(app, grant.partnerId);
    return this.cms.grantPermissions(cmsUserId, body);
  }

  @Delete('users/:cmsUserId/permissions')
  @RequireScopes('cms:write')
  revoke(@CurrentApp() app: ApiClient, @Param('cmsUserId', IdParamPipe) cmsUserId: number, @Body() body: GrantsBody) {
    for (const grant of body.permissions) assertPartnerAllowed(app, grant.partnerId);
    return this.cms.revokePermissions(cmsUserId, body);
  }
}
