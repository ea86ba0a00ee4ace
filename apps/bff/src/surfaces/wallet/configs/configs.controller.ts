import { Body, Controller, Get, Patch } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { AppConfigPatchBody } from './configs.dto.js';
import { NotPartnerData } from '../../../access/access-declaration.js';

/** The configuration of the BFF's own Wallet application (shared by every app), so changing it takes `admin`. */
@Controller('v1/wallet/configs')
export class WalletConfigsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Get()
  @RequireScopes('wallet:read')
  @NotPartnerData("the BFF's own Wallet application, not a partner's")
  read() {
    return this.wallet.configs.config();
  }

  @Patch()
  @RequireScopes('wallet:write', 'admin')
  @NotPartnerData("the BFF's own Wallet application, not a partner's")
  update(@Body() body: AppConfigPatchBody) {
    return this.wallet.configs.updateConfig(body);
  }
}
