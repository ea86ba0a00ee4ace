import { DynamicModule, Module } from '@nestjs/common';
import { CmsClientModule } from '#cms';
import { RedisEnv } from '#common';
import { JobsCoreModule, JobsEnv } from '#jobs';
import { MiddlewareClientModule } from '#middleware';
import { WalletGatewayClientModule } from '#wallet-gateway';
import { JobEventBus } from './job-event-bus.service.js';
import { JobEventStreams } from './job-event-streams.service.js';
import { JobEventsController } from './job-events.controller.js';
import { JobStarter } from './job-starter.service.js';
import { JobsController } from './jobs.controller.js';
import { EVENTS_REDIS_ENV, SSE_KEEPALIVE_MS } from './jobs.tokens.js';
import { TrackableTargets } from './trackable-targets.js';
import { WAITING_LIMITS, WaitingLimits, WaitingSlots } from './waiting-slots.js';

export interface JobsModuleOptions {
  redis: RedisEnv;
  jobs: JobsEnv;
  sseKeepAliveMs: number;
  waiting: WaitingLimits;
}

/** The job API and live events, over the jobs core as a producer (the worker runs the trackers). */
@Module({})
export class JobsModule {
  static forRoot(options: JobsModuleOptions): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: [JobsCoreModule.forRoot({ role: 'producer', redis: options.redis, jobs: options.jobs }), CmsClientModule, WalletGatewayClientModule, MiddlewareClientModule],
      controllers: [JobsController, JobEventsController],
      providers: [
        { provide: SSE_KEEPALIVE_MS, useValue: options.sseKeepAliveMs },
        { provide: WAITING_LIMITS, useValue: options.waiting },
        WaitingSlots,
        { provide: EVENTS_REDIS_ENV, useValue: options.redis },
        JobEventBus,
        JobEventStreams,
        JobStarter,
        TrackableTargets,
      ],
      exports: [JobStarter, JobEventStreams],
    };
  }
}
