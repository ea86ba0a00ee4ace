import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CmsOperatorGuard } from '../operator-sessions/cms-operator.guard.js';
import { CmsClient, CmsModuleList, GrantedPermissionList, PermissionList } from '#cms';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { CreatePermissionsBody, GrantsBody } from '../shared/cms-misc.dto.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { NotPartnerData, PartnerOf } from '../../../access/access-declaration.js';
import { Partner } from '../../../access/object-refs.js';
import { OperationId, Returns } from '../../../openapi/route-docs.js';

@UseGuards(CmsOperatorGuard)
@Controller('v1/cms')
export class CmsRbacController {
  constructor(private readonly cms: CmsClient) {}

  @Get('modules')
  @OperationId('listCmsModules')
  @Returns(CmsModuleList)
  @RequireScopes('cms:read')
  @NotPartnerData("the CMS's module catalogue")
  modules(): Promise<CmsModuleList> {
    return this.cms.modules();
  }

  @Post('permissions')
  @OperationId('createCmsPermissions')
  @Returns(PermissionList)
  @RequireScopes('cms:write', 'admin')
  @NotPartnerData("the CMS's permission catalogue")
  createPermissions(@Body() body: CreatePermissionsBody): Promise<PermissionList> {
    return this.cms.createPermissions(body);
  }

  @Get('users/:cmsUserId/partners/:partnerId/permissions')
  @OperationId('listCmsUserPermissions')
  @Returns(PermissionList)
  @RequireScopes('cms:read')
  @PartnerOf(Partner.param('partnerId'))
  userPermissions(@Param('cmsUserId', IdParamPipe) cmsUserId: number, @Param('partnerId') partnerId: string): Promise<PermissionList> {
    return this.cms.userPermissions(cmsUserId, partnerId);
  }

  @Post('users/:cmsUserId/permissions')
  @HttpCode(200)
  @OperationId('grantCmsPermissions')
  @Returns(GrantedPermissionList)
  @RequireScopes('cms:write')
  @PartnerOf(Partner.body('permissions.*.partnerId'))
  grant(@Param('cmsUserId', IdParamPipe) cmsUserId: number, @Body() body: GrantsBody): Promise<GrantedPermissionList> {
    return this.cms.grantPermissions(cmsUserId, body);
  }

  @Delete('users/:cmsUserId/permissions')
  @OperationId('revokeCmsPermissions')
  @Returns(GrantedPermissionList)
  @RequireScopes('cms:write')
  @PartnerOf(Partner.body('permissions.*.partnerId'))
  revoke(@Param('cmsUserId', IdParamPipe) cmsUserId: number, @Body() body: GrantsBody): Promise<GrantedPermissionList> {
    return this.cms.revokePermissions(cmsUserId, body);
  }
}
