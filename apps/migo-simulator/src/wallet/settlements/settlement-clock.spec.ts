import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { SimulatorEnv } from '../../config/simulator.config.js';
import { ResetRegistry } from '../../core/reset-registry.js';
import { SettlementClock } from './settlement-clock.js';

describe('settlement clock', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('runs time-scale times faster than real time from its reset, plus what it was advanced, and reset puts it back', () => {
    const start = Date.parse('2026-12-04T12:00:00Z');
    jest.useFakeTimers({ now: start });
    const clock = new SettlementClock(new ResetRegistry(), { SIM_SETTLEMENT_TIME_SCALE: 86_400 } as SimulatorEnv);
    jest.setSystemTime(start + 1_000);
    expect(clock.now()).toBe(start + 86_400_000); // one real second = one simulated day
    clock.advance(3_600_000);
    expect(clock.now()).toBe(start + 86_400_000 + 3_600_000);
    clock.reset();
    expect(clock.now()).toBe(start + 1_000);
  });
});
