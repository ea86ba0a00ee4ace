import { DynamicModule, Module } from '@nestjs/common';
import { CmsClientModule } from '#cms';
import { MiddlewareClientModule } from '#middleware';
import { WalletGatewayClientModule } from '#wallet-gateway';
import { WatchesController } from './watches.controller.js';
import { WATCHES_PER_APP } from './watches.tokens.js';

/** The watch API (the jobs core, global, holds the store and the queues; its events go out on /v1/events). */
@Module({})
export class WatchesModule {
  static forRoot(options: { perApp: number }): DynamicModule {
    return {
      module: WatchesModule,
      imports: [CmsClientModule, WalletGatewayClientModule, MiddlewareClientModule],
      controllers: [WatchesController],
      providers: [{ provide: WATCHES_PER_APP, useValue: options.perApp }],
    };
  }
}
