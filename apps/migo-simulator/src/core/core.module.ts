import { DynamicModule, Global, Module } from '@nestjs/common';
import { SimulatorEnv } from '../config/simulator.config.js';
import { parseEd25519PublicKey } from './ed25519.js';
import { Ledger } from '../state/ledger.js';
import { FaultRegistry } from './faults.js';
import { OtpStore } from './otp-store.js';
import { ResetRegistry } from './reset-registry.js';
import { SimSettings } from './sim-settings.service.js';
import { SimStats } from './sim-stats.js';
import { MERCHANT_PUBLIC_KEY, SIM_ENV } from './sim-tokens.js';
import { TokenIssuer } from './token-issuer.js';

const shared = [ResetRegistry, SimSettings, SimStats, FaultRegistry, TokenIssuer, OtpStore, Ledger];

/** Services every surface shares: settings, counters, faults, sessions, OTPs and the money ledger. */
@Global()
@Module({})
export class SimCoreModule {
  static forRoot(env: SimulatorEnv): DynamicModule {
    return {
      module: SimCoreModule,
      providers: [
        { provide: SIM_ENV, useValue: env },
        { provide: MERCHANT_PUBLIC_KEY, useValue: parseEd25519PublicKey(env.SIM_MERCHANT_PUBLIC_KEY) },
        ...shared,
      ],
      exports: [SIM_ENV, MERCHANT_PUBLIC_KEY, ...shared],
    };
  }
}
