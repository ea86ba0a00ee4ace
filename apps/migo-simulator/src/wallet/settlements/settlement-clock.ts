import { Inject, Injectable } from '@nestjs/common';
import { SimulatorEnv } from '../../config/simulator.config.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { SIM_ENV } from '../../core/sim-tokens.js';

/**
 * The settlement engine's "now": real time sped up by `SIM_SETTLEMENT_TIME_SCALE` (86400 = a day per second) from the
 * last reset, plus whatever the control plane advanced it by. Only cutoffs and settlement statuses read it; payments
 * keep real timestamps. Reset puts it back on real time.
 */
@Injectable()
export class SettlementClock implements Resettable {
  private anchorMs = Date.now();
  private advancedMs = 0;

  constructor(
    registry: ResetRegistry,
    @Inject(SIM_ENV) private readonly env: SimulatorEnv,
  ) {
    registry.register(this);
  }

  now(): number {
    const real = Date.now();
    return this.anchorMs + (real - this.anchorMs) * this.env.SIM_SETTLEMENT_TIME_SCALE + this.advancedMs;
  }

  /** Moves the clock forward only: a cutoff that ran never runs again. */
  advance(ms: number): void {
    this.advancedMs += ms;
  }

  reset(): void {
    this.anchorMs = Date.now();
    this.advancedMs = 0;
  }
}
