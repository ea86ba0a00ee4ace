import { Body, Controller, Delete, Get, Param, Patch, UseGuards } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import { RequireScopes } from '../../auth/auth.decorators.js';
import { UpdateTerminalBody } from './dto/terminals.dto.js';
import { PathSegmentPipe } from '../shared/path-segment.pipe.js';
import { IdParamPipe } from '../shared/id-param.pipe.js';
import { WalletOwnershipGuard } from './wallet-ownership.guard.js';

@UseGuards(WalletOwnershipGuard)
@Controller('v1/wallet')
export class WalletTerminalsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  /** The terminal an operator may use (its owner, or an admin or cashier of its branch). */
  @Get('devices/users/:authUserId/terminals/:deviceId')
  @RequireScopes('wallet:read')
  userTerminal(@Param('authUserId', IdParamPipe) authUserId: number, @Param('deviceId', PathSegmentPipe) deviceId: string) {
    return this.wallet.userTerminal(authUserId, deviceId);
  }

  /** Legacy alias, kept because Migo keeps it. */
  @Get('businesses/users/:authUserId/terminals/:deviceId')
  @RequireScopes('wallet:read')
  userTerminalLegacy(@Param('authUserId', IdParamPipe) authUserId: number, @Param('deviceId', PathSegmentPipe) deviceId: string) {
    return this.wallet.userTerminalLegacy(authUserId, deviceId);
  }

  @Get('devices/:deviceId/transactions')
  @RequireScopes('wallet:read')
  transactions(@Param('deviceId', PathSegmentPipe) deviceId: string) {
    return this.wallet.deviceTransactions(deviceId);
  }

  @Get('devices/:deviceId/transactions/:transactionId')
  @RequireScopes('wallet:read')
  transaction(@Param('deviceId', PathSegmentPipe) deviceId: string, @Param('transactionId', IdParamPipe) transactionId: number) {
    return this.wallet.deviceTransaction(deviceId, transactionId);
  }

  @Patch('businesses/terminals/:deviceId')
  @RequireScopes('wallet:write')
  update(@Param('deviceId', PathSegmentPipe) deviceId: string, @Body() body: UpdateTerminalBody) {
    return this.wallet.updateTerminal(deviceId, body);
  }

  /** Irreversible at Migo. */
  @Delete('businesses/terminals/:deviceId')
  @RequireScopes('wallet:write')
  remove(@Param('deviceId', PathSegmentPipe) deviceId: string) {
    return this.wallet.removeTerminal(deviceId);
  }
}
