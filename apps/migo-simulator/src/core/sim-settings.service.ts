import { Inject, Injectable } from '@nestjs/common';
import { SimulatorEnv } from '../config/simulator.config.js';
import { settingsFromEnv, SimSettingsPatch, SimSettingsValues } from '../config/sim-settings.js';
import { ResetRegistry, Resettable } from './reset-registry.js';
import { SIM_ENV } from './sim-tokens.js';

/** Current run-time settings. Read them at the moment of use (not at construction) so PATCH /__sim/config takes effect. */
@Injectable()
export class SimSettings implements Resettable {
  private values!: SimSettingsValues;

  constructor(@Inject(SIM_ENV) readonly env: SimulatorEnv, registry: ResetRegistry) {
    registry.register(this);
  }

  get current(): Readonly<SimSettingsValues> {
    return this.values;
  }

  patch(patch: SimSettingsPatch): SimSettingsValues {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) (this.values as unknown as Record<string, unknown>)[key] = value;
    }
    return this.values;
  }

  reset(): void {
    this.values = settingsFromEnv(this.env);
  }
}
