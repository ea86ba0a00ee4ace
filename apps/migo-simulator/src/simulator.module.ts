import { DynamicModule, Module } from '@nestjs/common';
import { RouterModule } from '@nestjs/core';
import { SimulatorEnv } from './config/simulator.config.js';
import { CmsModule } from './cms/cms.module.js';
import { ControlModule } from './control/control.module.js';
import { SimCoreModule } from './core/core.module.js';
import { MiddlewareControlModule } from './middleware/middleware-control.module.js';
import { MiddlewareModule } from './middleware/middleware.module.js';
import { MigrationModule } from './migration/migration.module.js';
import { SettlementsControlModule } from './wallet/settlements/settlements-control.module.js';
import { SettlementsModule } from './wallet/settlements/settlements.module.js';
import { WalletModule } from './wallet/wallet.module.js';

/** One port, one path prefix per Migo surface, plus the /__sim control plane. */
@Module({})
export class SimulatorModule {
  static forRoot(env: SimulatorEnv): DynamicModule {
    return {
      module: SimulatorModule,
      imports: [
        SimCoreModule.forRoot(env),
        WalletModule,
        SettlementsModule,
        CmsModule,
        MiddlewareModule,
        MigrationModule,
        ControlModule,
        MiddlewareControlModule,
        SettlementsControlModule,
        RouterModule.register([
          { path: 'rest', module: WalletModule },
          { path: 'rest', module: SettlementsModule },
          { path: 'cms/rest', module: CmsModule },
          { path: 'mw', module: MiddlewareModule },
          { path: 'migration', module: MigrationModule },
          { path: '__sim', module: ControlModule },
          { path: '__sim/middleware', module: MiddlewareControlModule },
          { path: '__sim/settlements', module: SettlementsControlModule },
        ]),
      ],
    };
  }
}
