import { Module } from '@nestjs/common';
import { SettlementClockController } from './settlement-clock.controller.js';
import { SettlementsModule } from './settlements.module.js';

/** Mounted by SimulatorModule under /__sim/settlements. */
@Module({ imports: [SettlementsModule], controllers: [SettlementClockController] })
export class SettlementsControlModule {}
