import { Module } from '@nestjs/common';
import { WalletGatewayClient } from './wallet-gateway.client.js';

/** Needs MigoHttpModule and MigoAuthModule (both global) in the importing app. */
@Module({ providers: [WalletGatewayClient], exports: [WalletGatewayClient] })
export class WalletGatewayClientModule {}
