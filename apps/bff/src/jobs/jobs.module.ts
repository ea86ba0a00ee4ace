import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { CmsClientModule } from '#cms';
import { REDIS, REDIS_KEYS, RedisEnv, RedisKeys } from '#common';
import { bullConnection, bullPrefix, JobsEnv, JobStore, jobStoreOptions, JobTracking, TRACKER_QUEUE_OPTIONS, TRACKER_QUEUES } from '#jobs';
import { MiddlewareClientModule } from '#middleware';
import { WalletGatewayClientModule } from '#wallet-gateway';
import { JobEventBus } from './job-event-bus.service.js';
import { JobEventStreams } from './job-event-streams.service.js';
import { JobEventsController } from './job-events.controller.js';
import { JOBS_ENV, JobStarter } from './job-starter.service.js';
import { JobsController } from './jobs.controller.js';
import { EVENTS_REDIS_URL, JOB_STORE, JOB_TRACKING, SSE_KEEPALIVE_MS } from './jobs.tokens.js';
import { TrackableTargets } from './trackable-targets.js';
import { WAITING_LIMITS, WaitingLimits, WaitingSlots } from './waiting-slots.js';

export interface JobsModuleOptions {
  redis: RedisEnv;
  jobs: JobsEnv;
  sseKeepAliveMs: number;
  waiting: WaitingLimits;
}

/** The job API, live events, and the producer side of the tracker queues (the worker runs the processors). */
@Module({})
export class JobsModule {
  static forRoot(options: JobsModuleOptions): DynamicModule {
    const queues = TRACKER_QUEUES.map((name) => ({ name, ...TRACKER_QUEUE_OPTIONS }));
    return {
      module: JobsModule,
      global: true,
      imports: [
        BullModule.forRoot({
          connection: bullConnection(options.redis.REDIS_URL, 'producer', { commandTimeout: options.redis.REDIS_COMMAND_TIMEOUT_MS, connectTimeout: options.redis.REDIS_CONNECT_TIMEOUT_MS }),
          prefix: bullPrefix(options.redis.REDIS_KEY_PREFIX),
        }),
        BullModule.registerQueue(...queues),
        CmsClientModule,
        WalletGatewayClientModule,
        MiddlewareClientModule,
      ],
      controllers: [JobsController, JobEventsController],
      providers: [
        { provide: JOBS_ENV, useValue: options.jobs },
        { provide: SSE_KEEPALIVE_MS, useValue: options.sseKeepAliveMs },
        { provide: WAITING_LIMITS, useValue: options.waiting },
        WaitingSlots,
        { provide: EVENTS_REDIS_URL, useValue: options.redis.REDIS_URL },
        { provide: JOB_STORE, useFactory: (redis: Redis, keys: RedisKeys) => new JobStore(redis, keys, jobStoreOptions(options.jobs)), inject: [REDIS, REDIS_KEYS] },
        {
          provide: JOB_TRACKING,
          useFactory: (store: JobStore, ...instances: Queue[]) => JobTracking.over(store, instances, 'bff-producer'),
          inject: [JOB_STORE, ...TRACKER_QUEUES.map((name) => getQueueToken(name))],
        },
        JobEventBus,
        JobEventStreams,
        JobStarter,
        TrackableTargets,
      ],
      exports: [JOB_STORE, JOB_TRACKING, JobStarter, JobEventStreams],
    };
  }
}
