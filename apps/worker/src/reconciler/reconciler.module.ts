import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { IdempotencySettings, IdempotencyStore, REDIS, REDIS_KEYS, type RedisConnection, RedisKeys } from '#common';
import { RECONCILER_QUEUE, TRACKER_QUEUE_OPTIONS } from '#jobs';
import { CmsClientModule } from '#cms';
import { MiddlewareClientModule } from '#middleware';
import { WalletGatewayClientModule } from '#wallet-gateway';
import { KeyReconciler } from './key-reconciler.js';
import { KeySweeper } from './key-sweeper.js';
import { KeyedWriteOutcomes } from './keyed-write-outcomes.js';
import { ReconcilerProcessor } from './reconciler.processor.js';
import { RECONCILER_STORE } from './reconciler-tokens.js';

/**
 * Settles unknown-outcome Idempotency-Keys with Migo. A write found at Migo that the BFF would have tracked (payment
 * link, charge batch) starts its job from here, through the jobs core's tracking.
 */
@Module({})
export class ReconcilerModule {
  static forRoot(options: { idempotency: IdempotencySettings }): DynamicModule {
    return {
      module: ReconcilerModule,
      imports: [WalletGatewayClientModule, MiddlewareClientModule, CmsClientModule, BullModule.registerQueue({ name: RECONCILER_QUEUE, ...TRACKER_QUEUE_OPTIONS })],
      providers: [
        { provide: RECONCILER_STORE, useFactory: (redis: RedisConnection, keys: RedisKeys) => new IdempotencyStore(redis, keys, options.idempotency), inject: [REDIS, REDIS_KEYS] },
        KeyedWriteOutcomes,
        KeySweeper,
        KeyReconciler,
        ReconcilerProcessor,
      ],
    };
  }
}
