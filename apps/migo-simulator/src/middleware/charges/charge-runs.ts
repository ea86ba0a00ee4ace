import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { SimSettings } from '../../core/sim-settings.service.js';
import { TrackedTimers } from '../../core/tracked-timers.js';

/**
 * The background consumer of accepted charge rows (Migo hands them to an SQS consumer). Each run charges one row at a
 * time at `chargeRowsPerSecond`, read before every row; runs proceed side by side. A reset drops every pending row.
 */
@Injectable()
export class ChargeRuns implements Resettable, OnModuleDestroy {
  private readonly timers = new TrackedTimers();

  constructor(
    registry: ResetRegistry,
    private readonly settings: SimSettings,
  ) {
    registry.register(this);
  }

  start(rows: Array<() => void>): void {
    this.next(rows, 0);
  }

  reset(): void {
    this.timers.clear();
  }

  onModuleDestroy(): void {
    this.timers.clear();
  }

  private next(rows: Array<() => void>, index: number): void {
    if (index >= rows.length) return;
    this.timers.schedule(1000 / this.settings.current.chargeRowsPerSecond, () => {
      rows[index]();
      this.next(rows, index + 1);
    });
  }
}
