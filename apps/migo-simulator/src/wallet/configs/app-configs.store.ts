import { Inject, Injectable } from '@nestjs/common';
import { SimulatorEnv } from '../../config/simulator.config.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { SIM_ENV } from '../../core/sim-tokens.js';
import { DEMO_MERCHANT_APPLICATION_ID } from '../../state/demo-world.js';

export interface AppLimits {
  maxTransactionAmount: number;
  dailyTransactionAmount: number;
  monthlyTransactionAmount: number;
}

export interface AppConfig {
  applicationId: string;
  name: string;
  merchant: string;
  /** Application permissions (`USER_REGISTRATION`, `FILE_UPLOAD`); read-only through the API. */
  permissions: string[];
  webhookUrl: string | null;
  limits: AppLimits;
  updatedAt: string;
}

export type AppConfigPatch = Partial<Pick<AppConfig, 'name' | 'webhookUrl'>> & { limits?: Partial<AppLimits> };

/** Configuration of each application, keyed by the `applicationId` header of `GET/PATCH /configs`. */
@Injectable()
export class AppConfigs implements Resettable {
  private configs = new Map<string, AppConfig>();

  constructor(
    registry: ResetRegistry,
    @Inject(SIM_ENV) private readonly env: SimulatorEnv,
  ) {
    registry.register(this);
  }

  get(applicationId: string): AppConfig {
    const config = this.configs.get(applicationId);
    if (!config) throw MigoBusinessError.named('CONFIG_NOT_FOUND');
    return config;
  }

  /** Merges the fields present; `webhookUrl: null` clears the webhook, `limits` merges key by key. */
  patch(applicationId: string, patch: AppConfigPatch): AppConfig {
    const config = this.get(applicationId);
    if (patch.name !== undefined) config.name = patch.name;
    if (patch.webhookUrl !== undefined) config.webhookUrl = patch.webhookUrl;
    if (patch.limits) config.limits = { ...config.limits, ...Object.fromEntries(Object.entries(patch.limits).filter(([, v]) => v !== undefined)) };
    config.updatedAt = new Date().toISOString();
    return config;
  }

  reset(): void {
    this.configs = new Map([
      [
        DEMO_MERCHANT_APPLICATION_ID,
        {
          applicationId: DEMO_MERCHANT_APPLICATION_ID,
          name: 'Migo demo merchant',
          merchant: this.env.SIM_MERCHANT_SLUG,
          permissions: ['USER_REGISTRATION', 'FILE_UPLOAD'],
          webhookUrl: null,
          limits: { maxTransactionAmount: 10000, dailyTransactionAmount: 50000, monthlyTransactionAmount: 500000 },
          updatedAt: new Date().toISOString(),
        },
      ],
    ]);
  }
}
