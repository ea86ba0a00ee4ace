import { Module } from '@nestjs/common';
import { WalletGatewayClientModule } from '#wallet-gateway';
import { WalletOwnership } from './wallet-ownership.js';
import { WalletOwnershipGuard } from './wallet-ownership.guard.js';

/** Import where a controller uses `@UseGuards(WalletOwnershipGuard)`. */
@Module({ imports: [WalletGatewayClientModule], providers: [WalletOwnership, WalletOwnershipGuard], exports: [WalletOwnership, WalletOwnershipGuard] })
export class WalletOwnershipModule {}
