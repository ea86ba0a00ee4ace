import { Body, Controller, Get, Patch, UseGuards } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import { RequireScopes } from '../../auth/auth.decorators.js';
import { AppConfigPatchBody } from './dto/configs.dto.js';
import { PartnerAccess, WalletOwnershipGuard } from './wallet-ownership.guard.js';

/** The configuration of the BFF's own Wallet application (shared by every app), so changing it takes `admin`. */
@UseGuards(WalletOwnershipGuard)
@PartnerAccess("the BFF's own Wallet application, not a partner's")
@Controller('v1/wallet/configs')
export class WalletConfigsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Get()
  @RequireScopes('wallet:read')
  read() {
    return this.wallet.config();
  }

  @Patch()
  @RequireScopes('wallet:write', 'admin')
  update(@Body() body: AppConfigPatchBody) {
    return this.wallet.updateConfig(body);
  }
}
