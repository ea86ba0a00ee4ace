import { DynamicModule, Global, Module } from '@nestjs/common';
import { idempotencySettings, RedisModule } from '#common';
import { JobsCoreModule } from '#jobs';
import { MigoAuthModule, TOKEN_EVENT_LISTENER } from '#migo-auth';
import type { TokenEventListener } from '#migo-auth';
import { MigoHttpModule, UPSTREAM_OBSERVER } from '#migo-http';
import type { UpstreamObserver } from '#migo-http';
import { WorkerConfig } from './config/load-worker-config.js';
import { WorkerMetrics } from './observability/worker-metrics.js';
import { bindTrackerProcessors } from './trackers/tracker.processors.js';
import { ReconcilerModule } from './reconciler/reconciler.module.js';
import { TrackersModule } from './trackers/trackers.module.js';
import { WORKER_SETTINGS, workerSettings } from './worker-settings.js';

/** Every Migo call the worker makes, as a metrics sample. */
const UPSTREAM_CALL_METRICS = { provide: UPSTREAM_OBSERVER, useFactory: (metrics: WorkerMetrics): UpstreamObserver => ({ record: (call) => metrics.migo.observeCall(call) }), inject: [WorkerMetrics] };
/** Migo session events (never token values), for MigoAuth's optional listener. */
const TOKEN_EVENT_METRICS = { provide: TOKEN_EVENT_LISTENER, useFactory: (metrics: WorkerMetrics): TokenEventListener => (event) => metrics.migo.countTokenEvent(event), inject: [WorkerMetrics] };

/** The worker process: BullMQ tracker processors and the Idempotency-Key reconciler (no HTTP API; main.ts serves metrics and health on an ops port). */
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
        MigoHttpModule.forRoot({ env: config.upstream, observer: UPSTREAM_CALL_METRICS }),
        MigoAuthModule.forRoot(config.credentials),
        JobsCoreModule.forRoot({ role: 'worker', redis: config.redis, jobs: config.jobs }),
        TrackersModule,
        ReconcilerModule.forRoot({ idempotency: idempotencySettings(config.idempotency) }),
      ],
      providers: [
        WorkerMetrics,
        TOKEN_EVENT_METRICS,
        { provide: WORKER_SETTINGS, useValue: settings },
      ],
      exports: [WORKER_SETTINGS, WorkerMetrics, TOKEN_EVENT_LISTENER],
    };
  }
}
