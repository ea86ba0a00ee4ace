import { Module } from '@nestjs/common';
import { MiddlewareModule } from '../middleware/middleware.module.js';
import { LeadsControlController } from '../wallet/merchants/leads-control.controller.js';
import { WalletModule } from '../wallet/wallet.module.js';
import { ControlController } from './control.controller.js';
import { WritesController } from './writes.controller.js';

@Module({ imports: [WalletModule, MiddlewareModule], controllers: [ControlController, WritesController, LeadsControlController] })
export class ControlModule {}
