import { Body, Controller, Get, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { Ledger } from '../../state/ledger.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { PositiveIntPipe } from '../shared/positive-int.pipe.js';
import { DefinePermissionsBody, GrantPermissionsBody } from './permissions.dto.js';
import { Permissions } from './permissions.store.js';

@Controller('users')
@UseGuards(WalletAuthGuard)
export class PermissionsController {
  constructor(
    private readonly permissions: Permissions,
    private readonly ledger: Ledger,
  ) {}

  @Get('permissions')
  list() {
    return ok(this.permissions.list());
  }

  @Post('permissions')
  define(@Body() body: DefinePermissionsBody) {
    return ok(this.permissions.define(body.permissions), 'permissions created');
  }

  @Post(':userId/permissions')
  grant(@Param('userId', PositiveIntPipe) userId: number, @Body() body: GrantPermissionsBody) {
    return ok(this.apply(userId, body), 'permissions granted');
  }

  /** Same body as POST; `granted:false` revokes. */
  @Patch(':userId/permissions')
  update(@Param('userId', PositiveIntPipe) userId: number, @Body() body: GrantPermissionsBody) {
    return ok(this.apply(userId, body), 'permissions updated');
  }

  private apply(userId: number, body: GrantPermissionsBody) {
    this.ledger.getUser(userId);
    this.permissions.grant(userId, body.permissions);
    return { userId, permissions: this.permissions.grantsOf(userId) };
  }
}
