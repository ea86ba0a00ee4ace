import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { IdempotencySettings, IdempotencyStore, REDIS, REDIS_KEYS, RedisKeys } from '#common';
import { JobsEnv, JobStore, JobTracking, RECONCILER_QUEUE, TRACKER_QUEUE_OPTIONS, TRACKER_QUEUES } from '#jobs';
import { MiddlewareClientModule } from '#middleware';
import { WalletGatewayClientModule } from '#wallet-gateway';
import { JOB_STORE } from '../worker-tokens.js';
import { KeyReconciler } from './key-reconciler.js';
import { KeySweeper } from './key-sweeper.js';
import { KeyedWriteOutcomes, RECONCILER_JOB_TRACKING, RECONCILER_JOBS_ENV } from './keyed-write-outcomes.js';
import { ReconcilerProcessor } from './reconciler.processor.js';
import { RECONCILER_STORE } from './reconciler-tokens.js';

/**
 * Settles unknown-outcome Idempotency-Keys with Migo. Its own handles on the tracker queues: a write found at Migo
 * that the BFF would have tracked (payment link, charge batch) starts its job from here.
 */
@Module({})
export class ReconcilerModule {
  static forRoot(options: { idempotency: IdempotencySettings; jobs: JobsEnv }): DynamicModule {
    return {
      module: ReconcilerModule,
      imports: [WalletGatewayClientModule, MiddlewareClientModule, BullModule.registerQueue(...[RECONCILER_QUEUE, ...TRACKER_QUEUES].map((name) => ({ name, ...TRACKER_QUEUE_OPTIONS })))],
      providers: [
        { provide: RECONCILER_STORE, useFactory: (redis: Redis, keys: RedisKeys) => new IdempotencyStore(redis, keys, options.idempotency), inject: [REDIS, REDIS_KEYS] },
        { provide: RECONCILER_JOBS_ENV, useValue: options.jobs },
        {
          provide: RECONCILER_JOB_TRACKING,
          useFactory: (store: JobStore, ...queues: Queue[]) => JobTracking.over(store, queues, 'worker-reconciler'),
          inject: [JOB_STORE, ...TRACKER_QUEUES.map((name) => getQueueToken(name))],
        },
        KeyedWriteOutcomes,
        KeySweeper,
        KeyReconciler,
        ReconcilerProcessor,
      ],
    };
  }
}
