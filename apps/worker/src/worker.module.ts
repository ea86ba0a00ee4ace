import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS, REDIS_KEYS, RedisKeys, RedisModule } from '#common';
import { bullConnection, bullPrefix, JobStore, jobStoreOptions, TRACKER_QUEUE_OPTIONS, TRACKER_QUEUES } from '#jobs';
import { MigoAuthModule } from '#migo-auth';
import { MigoHttpModule } from '#migo-http';
import { WorkerConfig } from './config/load-worker-config.js';
import { bindTrackerProcessors } from './trackers/tracker.processors.js';
import { TrackersModule } from './trackers/trackers.module.js';
import { WORKER_SETTINGS, workerSettings } from './worker-settings.js';
import { JOB_STORE } from './worker-tokens.js';

/** The worker process: BullMQ tracker processors only (no HTTP API). */
@Global()
@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    const settings = workerSettings(config.worker);
    bindTrackerProcessors(settings);
    return {
      module: WorkerModule,
      imports: [
        RedisModule.forRoot(config.redis, 'worker'),
        MigoHttpModule.forRoot({ env: config.upstream }),
        MigoAuthModule.forRoot(config.credentials),
        BullModule.forRoot({ connection: bullConnection(config.redis.REDIS_URL, 'worker'), prefix: bullPrefix(config.redis.REDIS_KEY_PREFIX) }),
        BullModule.registerQueue(...TRACKER_QUEUES.map((name) => ({ name, ...TRACKER_QUEUE_OPTIONS }))),
        TrackersModule,
      ],
      providers: [
        { provide: WORKER_SETTINGS, useValue: settings },
        { provide: JOB_STORE, useFactory: (redis: Redis, keys: RedisKeys) => new JobStore(redis, keys, jobStoreOptions(config.jobs)), inject: [REDIS, REDIS_KEYS] },
      ],
      exports: [WORKER_SETTINGS, JOB_STORE],
    };
  }
}
