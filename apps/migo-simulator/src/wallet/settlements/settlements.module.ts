import { Module } from '@nestjs/common';
import { MiddlewareModule } from '../../middleware/middleware.module.js';
import { CapturedPayments } from '../../state/captured-payments.js';
import { WalletModule } from '../wallet.module.js';
import { SettlementClock } from './settlement-clock.js';
import { Settlements } from './settlements.store.js';
import { SettlementsController } from './settlements.controller.js';

/**
 * Wallet settlements, mounted under /rest beside the WalletModule: they read captured payments of both the Wallet
 * (terminals) and the Middleware (payment links, alternative payments).
 */
@Module({
  imports: [WalletModule, MiddlewareModule],
  controllers: [SettlementsController],
  providers: [SettlementClock, CapturedPayments, Settlements],
  exports: [Settlements],
})
export class SettlementsModule {}
