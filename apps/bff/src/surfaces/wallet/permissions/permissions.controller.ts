import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { UserPermissions, WalletGatewayClient, WalletPermissionList } from '#wallet-gateway';
import { OperationId, Returns } from '../../../openapi/route-docs.js';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { DefinePermissionsBody, PermissionGrantsBody } from './permissions.dto.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { NotPartnerData, PartnerOf } from '../../../access/access-declaration.js';
import { WalletUser } from '../../../access/object-refs.js';

@Controller('v1/wallet/users')
export class WalletPermissionsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Get('permissions')
  @OperationId('listWalletPermissions')
  @Returns(WalletPermissionList)
  @RequireScopes('wallet:read')
  @NotPartnerData("the permission catalogue of the BFF's Wallet application")
  list(): Promise<WalletPermissionList> {
    return this.wallet.users.permissions();
  }

  @Post('permissions')
  @OperationId('defineWalletPermissions')
  @Returns(WalletPermissionList)
  @RequireScopes('wallet:write')
  @NotPartnerData("the permission catalogue of the BFF's Wallet application")
  define(@Body() body: DefinePermissionsBody): Promise<WalletPermissionList> {
    return this.wallet.users.definePermissions(body);
  }

  @Post(':userId/permissions')
  @OperationId('grantWalletUserPermissions')
  @Returns(UserPermissions)
  @RequireScopes('wallet:write')
  @PartnerOf(WalletUser.param('userId'))
  grant(@Param('userId', IdParamPipe) userId: number, @Body() body: PermissionGrantsBody): Promise<UserPermissions> {
    return this.wallet.users.grantPermissions(userId, body);
  }

  /** Same body as POST; `granted:false` revokes. */
  @Patch(':userId/permissions')
  @OperationId('updateWalletUserPermissions')
  @Returns(UserPermissions)
  @HttpCode(200)
  @RequireScopes('wallet:write')
  @PartnerOf(WalletUser.param('userId'))
  update(@Param('userId', IdParamPipe) userId: number, @Body() body: PermissionGrantsBody): Promise<UserPermissions> {
    return this.wallet.users.updatePermissions(userId, body);
  }
}
