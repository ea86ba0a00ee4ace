import { Module } from '@nestjs/common';
import { WalletGatewayClient } from './wallet-gateway.client.js';
import { WalletWriteLookup } from './write-references.js';

/** Needs MigoHttpModule and MigoAuthModule (both global) in the importing app. */
@Module({ providers: [WalletGatewayClient, WalletWriteLookup], exports: [WalletGatewayClient, WalletWriteLookup] })
export class WalletGatewayClientModule {}
