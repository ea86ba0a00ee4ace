import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import type { SeedPartner } from '../../state/demo-world.js';
import { CurrentOperator, CurrentPartner } from '../auth/cms-request.js';
import { CmsSessionGuard } from '../auth/cms-session.guard.js';
import { OtpGated } from '../auth/otp-gate.js';
import { PartnerScope } from '../auth/partner-scope.js';
import { CmsDirectory, type CmsOperator } from '../cms-directory.js';
import { PermissionStore } from './permission-store.js';
import { CreatePermissionsBody, PermissionGrantsBody } from './rbac.dto.js';

/**
 * Modules, permissions and per-partner grants. The grant/revoke paths were cut off in Migo's docs and are assumed;
 * both need OTP and may only name partners assigned to the calling operator.
 */
@Controller('app')
@UseGuards(CmsSessionGuard)
export class RbacController {
  constructor(
    private readonly store: PermissionStore,
    private readonly directory: CmsDirectory,
    private readonly scope: PartnerScope,
  ) {}

  @Get('modules')
  modules() {
    return ok(this.store.modules());
  }

  @Post('permissions')
  @HttpCode(201)
  create(@Body() body: CreatePermissionsBody) {
    return ok(this.store.create(body.permissions), 'Permissions created');
  }

  @Get('users/:cmsUserId/partners/:partnerId/permissions')
  effective(@Param('cmsUserId', ParseIntPipe) cmsUserId: number, @CurrentPartner() partner: SeedPartner) {
    this.directory.operator(cmsUserId);
    return ok(this.store.effective(cmsUserId, partner.partnerId));
  }

  @Post('users/:cmsUserId/permissions')
  @HttpCode(200)
  @OtpGated('always')
  grant(@CurrentOperator() caller: CmsOperator, @Param('cmsUserId', ParseIntPipe) cmsUserId: number, @Body() body: PermissionGrantsBody) {
    this.checkGrants(caller, cmsUserId, body);
    this.store.grant(cmsUserId, body.permissions);
    return ok(this.grantsVisibleTo(caller, cmsUserId), 'Permissions granted');
  }

  @Delete('users/:cmsUserId/permissions')
  @HttpCode(200)
  @OtpGated('always')
  revoke(@CurrentOperator() caller: CmsOperator, @Param('cmsUserId', ParseIntPipe) cmsUserId: number, @Body() body: PermissionGrantsBody) {
    this.checkGrants(caller, cmsUserId, body);
    this.store.revoke(cmsUserId, body.permissions);
    return ok(this.grantsVisibleTo(caller, cmsUserId), 'Permissions revoked');
  }

  /** Everything is checked before anything changes: the user (7510), each partner (7500 / 8005), each permission (7509). */
  private checkGrants(caller: CmsOperator, cmsUserId: number, body: PermissionGrantsBody): void {
    this.directory.operator(cmsUserId);
    for (const entry of body.permissions) {
      this.scope.resolve(caller, entry.partnerId);
      this.store.permission(entry.permissionId);
    }
  }

  /** The target's grants in the partners the caller may see, as `{permissionId, partnerId, resource, action}`. */
  private grantsVisibleTo(caller: CmsOperator, cmsUserId: number) {
    return caller.partners.flatMap((partnerId) =>
      this.store.effective(cmsUserId, partnerId).map(({ permissionId, resource, action }) => ({ permissionId, partnerId, resource, action })),
    );
  }
}
