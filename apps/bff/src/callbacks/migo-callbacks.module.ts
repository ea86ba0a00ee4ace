import { DynamicModule, Module } from '@nestjs/common';
import type { BffConfig } from '../config/load-bff-config.js';
import { CALLBACK_TOKEN } from './callback-token.js';
import { MigoCallbacksController } from './migo-callbacks.controller.js';
import { pollHintsProvider } from './poll-hints.provider.js';

/** Migo's callbacks as poll-now hints; without MIGO_CALLBACKS_ENABLED the route does not exist (404). */
@Module({})
export class MigoCallbacksModule {
  static forRoot(config: BffConfig): DynamicModule[] {
    const bff = config.bff;
    if (!bff.MIGO_CALLBACKS_ENABLED) return [];
    if (!bff.MIGO_CALLBACK_TOKEN) throw new Error('MIGO_CALLBACKS_ENABLED needs MIGO_CALLBACK_TOKEN (32+ characters): the secret URL is the only gate of unsigned callbacks');
    return [
      {
        module: MigoCallbacksModule,
        controllers: [MigoCallbacksController],
        providers: [pollHintsProvider(bff.CALLBACK_HINT_MIN_INTERVAL_MS), { provide: CALLBACK_TOKEN, useValue: bff.MIGO_CALLBACK_TOKEN }],
      },
    ];
  }
}
