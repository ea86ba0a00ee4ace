import { WatchesModule } from './watches/watches.module.js';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigValidationError, idempotencySettings, IdempotencyStore, REDIS, REDIS_KEYS, type RedisConnection, RedisKeys, RedisModule, replicaAcksOf } from '#common';
import { MigoAuthModule } from '#migo-auth';
import { MigoHttpModule } from '#migo-http';
import { AccessModule } from './access/access.module.js';
import { PartnerAccessGuard } from './access/partner-access.guard.js';
import { ApiClientRegistry } from './auth/api-clients.js';
import { API_CLIENTS, ApiKeyGuard } from './auth/api-key.guard.js';
import { BFF_CONFIG } from './config/bff-config.token.js';
import { BffConfig } from './config/load-bff-config.js';
import { HealthModule } from './health/health.module.js';
import { MigoCallbacksModule } from './callbacks/migo-callbacks.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { UPSTREAM_METRICS_OBSERVER } from './metrics/upstream-metrics.observer.js';
import { OpenApiModule } from './openapi/openapi.module.js';
import { rateLimiting } from './rate-limit/rate-limit.module.js';
import { IDEMPOTENCY_STORE } from './http/idempotency.interceptor.js';
import { IdempotencyScopes } from './http/idempotency-scopes.js';
import { CmsSurfaceModule } from './surfaces/cms/cms-surface.module.js';
import { MiddlewareSurfaceModule } from './surfaces/middleware/middleware-surface.module.js';
import { MigrationSurfaceModule } from './surfaces/migration/migration-surface.module.js';
import { SUPPORT_EXCHANGE_RECORDER } from './support/support-exchange-store.js';
import { SupportModule } from './support/support.module.js';
import { WalletSurfaceModule } from './surfaces/wallet/wallet-surface.module.js';
import { ViewsModule } from './views/views.module.js';


@Module({})
export class AppModule {
  /** `extraImports`: modules a test adds (a throwaway route, to show the boot check refusing it). */
  static async forRoot(config: BffConfig, extraImports: Array<Type | DynamicModule> = []): Promise<DynamicModule> {
    const clients = ApiClientRegistry.fromConfig(config.bff.BFF_API_KEYS, config.bff.BFF_API_KEYS_FILE);
    const needSessions = clients.appsRequiringCmsSessions();
    if (needSessions.length > 0 && !config.cmsSessions.CMS_OPERATOR_SESSIONS) {
      throw new ConfigValidationError([`BFF_API_KEYS: ${needSessions.join(', ')} require CMS operator sessions for CMS writes, but CMS_OPERATOR_SESSIONS is off`]);
    }
    const rateLimit = await rateLimiting({ limit: config.bff.BFF_RATE_LIMIT, windowSeconds: config.bff.BFF_RATE_LIMIT_WINDOW_SECONDS, appsWithOwnLimit: clients.appsWithOwnRateLimit() });
    return {
      module: AppModule,
      global: true,
      imports: [
        RedisModule.forRoot(config.redis, 'bff'),
        MigoHttpModule.forRoot({ env: config.upstream, observer: UPSTREAM_METRICS_OBSERVER, exchangeRecorder: SUPPORT_EXCHANGE_RECORDER }),
        MigoAuthModule.forRoot(config.credentials),
        AccessModule,
        HealthModule,
        MetricsModule,
        OpenApiModule,
        JobsModule.forRoot({
          redis: config.redis,
          jobs: config.jobs,
          sseKeepAliveMs: config.bff.BFF_SSE_KEEPALIVE_MS,
          waiting: { streamsPerApp: config.bff.BFF_SSE_MAX_STREAMS_PER_APP, longPollsPerApp: config.bff.BFF_LONG_POLLS_PER_APP, maxReplay: config.bff.BFF_SSE_MAX_REPLAY },
        }),
        WatchesModule.forRoot({ perApp: config.bff.BFF_WATCHES_PER_APP }),
        CmsSurfaceModule,
        WalletSurfaceModule,
        MiddlewareSurfaceModule,
        // The migration gateway is optional: without its base URL its routes do not exist.
        ...(config.upstream.MIGO_MIGRATION_BASE_URL ? [MigrationSurfaceModule] : []),
        ViewsModule,
        SupportModule,
        ...MigoCallbacksModule.forRoot(config),
        ...rateLimit.imports,
        ...extraImports,
      ],
      providers: [
        { provide: BFF_CONFIG, useValue: config },
        { provide: API_CLIENTS, useValue: clients },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        // After the API-key guard: the limit is per app.
        ...rateLimit.guard,
        // Then partner access, whose owner lookups a rate-limited request must not cost.
        { provide: APP_GUARD, useExisting: PartnerAccessGuard },
        { provide: IDEMPOTENCY_STORE, useFactory: (redis: RedisConnection, keys: RedisKeys) => new IdempotencyStore(redis, keys, { ...idempotencySettings(config.idempotency), replicaAcks: replicaAcksOf(config.redis) }), inject: [REDIS, REDIS_KEYS] },
        IdempotencyScopes,
      ],
      exports: [BFF_CONFIG, IDEMPOTENCY_STORE, API_CLIENTS],
    };
  }
}
