import { Body, Controller, Delete, Get, Param, Patch } from '@nestjs/common';
import { Terminal, TerminalPayment, TerminalPaymentList, TerminalRemoved, WalletGatewayClient } from '#wallet-gateway';
import { OperationId, Returns } from '../../../openapi/route-docs.js';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { UpdateTerminalBody } from './terminals.dto.js';
import { PathSegmentPipe } from '../../shared/path-segment.pipe.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { AllPartnersOnly, PartnerOf } from '../../../access/access-declaration.js';
import { WalletUser } from '../../../access/object-refs.js';

@Controller('v1/wallet')
export class WalletTerminalsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  /** The terminal an operator may use (its owner, or an admin or cashier of its branch). */
  @Get('devices/users/:authUserId/terminals/:deviceId')
  @OperationId('getWalletUserTerminal')
  @Returns(Terminal)
  @RequireScopes('wallet:read')
  @PartnerOf(WalletUser.param('authUserId'))
  userTerminal(@Param('authUserId', IdParamPipe) authUserId: number, @Param('deviceId', PathSegmentPipe) deviceId: string): Promise<Terminal> {
    return this.wallet.terminals.userTerminal(authUserId, deviceId);
  }

  /** Legacy alias, kept because Migo keeps it. */
  @Get('businesses/users/:authUserId/terminals/:deviceId')
  @OperationId('getWalletUserTerminalLegacy')
  @Returns(Terminal)
  @RequireScopes('wallet:read')
  @PartnerOf(WalletUser.param('authUserId'))
  userTerminalLegacy(@Param('authUserId', IdParamPipe) authUserId: number, @Param('deviceId', PathSegmentPipe) deviceId: string): Promise<Terminal> {
    return this.wallet.terminals.userTerminalLegacy(authUserId, deviceId);
  }

  @Get('devices/:deviceId/transactions')
  @OperationId('listWalletDeviceTransactions')
  @Returns(TerminalPaymentList)
  @RequireScopes('wallet:read')
  @AllPartnersOnly('Migo does not say which partner a device belongs to')
  transactions(@Param('deviceId', PathSegmentPipe) deviceId: string): Promise<TerminalPaymentList> {
    return this.wallet.terminals.deviceTransactions(deviceId);
  }

  @Get('devices/:deviceId/transactions/:transactionId')
  @OperationId('getWalletDeviceTransaction')
  @Returns(TerminalPayment)
  @RequireScopes('wallet:read')
  @AllPartnersOnly('Migo does not say which partner a device belongs to')
  transaction(@Param('deviceId', PathSegmentPipe) deviceId: string, @Param('transactionId', IdParamPipe) transactionId: number): Promise<TerminalPayment> {
    return this.wallet.terminals.deviceTransaction(deviceId, transactionId);
  }

  @Patch('businesses/terminals/:deviceId')
  @OperationId('updateWalletTerminal')
  @Returns(Terminal)
  @RequireScopes('wallet:write')
  @AllPartnersOnly('Migo does not say which partner a terminal belongs to')
  update(@Param('deviceId', PathSegmentPipe) deviceId: string, @Body() body: UpdateTerminalBody): Promise<Terminal> {
    return this.wallet.terminals.updateTerminal(deviceId, body);
  }

  /** Irreversible at Migo. */
  @Delete('businesses/terminals/:deviceId')
  @OperationId('removeWalletTerminal')
  @Returns(TerminalRemoved)
  @RequireScopes('wallet:write')
  @AllPartnersOnly('Migo does not say which partner a terminal belongs to')
  remove(@Param('deviceId', PathSegmentPipe) deviceId: string): Promise<TerminalRemoved> {
    return this.wallet.terminals.removeTerminal(deviceId);
  }
}
