import { Body, Controller, Get, Patch } from '@nestjs/common';
import { AppConfig, WalletGatewayClient } from '#wallet-gateway';
import { OperationId, Returns } from '../../../openapi/route-docs.js';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { AppConfigPatchBody } from './configs.dto.js';
import { NotPartnerData } from '../../../access/access-declaration.js';

/** The configuration of the BFF's own Wallet application (shared by every app), so changing it takes `admin`. */
@Controller('v1/wallet/configs')
export class WalletConfigsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Get()
  @OperationId('getWalletConfig')
  @Returns(AppConfig)
  @RequireScopes('wallet:read')
  @NotPartnerData("the BFF's own Wallet application, not a partner's")
  read(): Promise<AppConfig> {
    return this.wallet.configs.config();
  }

  @Patch()
  @OperationId('updateWalletConfig')
  @Returns(AppConfig)
  @RequireScopes('wallet:write', 'admin')
  @NotPartnerData("the BFF's own Wallet application, not a partner's")
  update(@Body() body: AppConfigPatchBody): Promise<AppConfig> {
    return this.wallet.configs.updateConfig(body);
  }
}
