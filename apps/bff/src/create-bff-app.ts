import { getQueueToken } from '@nestjs/bullmq';
import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import { AppLogger, createLogger, PinoNestLogger, REDIS } from '#common';
import { TRACKER_QUEUES } from '#jobs';
import { AppModule } from './app.module.js';
import { API_CLIENTS } from './auth/api-key.guard.js';
import { BffConfig } from './config/load-bff-config.js';
import { awaitRequestPathRedis } from './health/redis-connections.js';
import { ShutdownState } from './health/shutdown-state.js';
import { ProblemFilter } from './http/problem.filter.js';
import { edgeServerOptions, installEdge } from './http/edge.js';
import { installCallbackEdge } from './callbacks/callback-edge.js';
import { installRequestIdHook } from './http/request-id.hook.js';
import { installRequestLogHook } from './http/request-log.hook.js';
import { bffValidationPipe } from './http/validation.js';
import { BffMetrics } from './metrics/bff-metrics.js';
import { installRequestMetricsHook } from './metrics/request-metrics.hook.js';
import { installApiDocs } from './openapi/api-docs.js';
import { type ContractCheck, installContractCheck } from './openapi/contract-check.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { recordRegisteredRoutes } from './openapi/registered-routes.js';
import { RouteCatalog } from './openapi/route-catalog.js';
import { assertAccessDeclared } from './access/access-boot-check.js';
import { assertRoutesDocumented } from './openapi/route-documentation-check.js';
import { noteRefusal } from './support/refusal-notes.js';
import { SupportExchangeStore } from './support/support-exchange-store.js';

const contractChecks = new WeakMap<NestFastifyApplication, ContractCheck>();

/** The contract check of an app built with BFF_CONTRACT_CHECK=report (undefined when off). */
export function contractCheckOf(app: NestFastifyApplication): ContractCheck | undefined {
  return contractChecks.get(app);
}

/**
 * Builds the BFF (not listening yet) so tests can run it in-process. Signals are not handled here: main.ts drains
 * on SIGTERM (health/graceful-shutdown.ts) before closing; `app.close()` alone is an immediate close.
 */
export async function createBffApp(
  config: BffConfig,
  logger: AppLogger = createLogger({ name: 'bff', level: config.bff.LOG_LEVEL, format: config.bff.LOG_FORMAT }),
  extraImports: Array<Type | DynamicModule> = [],
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter(edgeServerOptions(config));
  const app = await NestFactory.create<NestFastifyApplication>(await AppModule.forRoot(config, extraImports), adapter, { logger: new PinoNestLogger(logger) });
  const fastify = app.getHttpAdapter().getInstance();
  recordRegisteredRoutes(fastify);
  installRequestIdHook(fastify);
  await installEdge(app, config);
  installCallbackEdge(app, config);
  installRequestLogHook(fastify, logger);
  installRequestMetricsHook(fastify, app.get(BffMetrics));
  if (config.bff.BFF_CONTRACT_CHECK === 'report') {
    const metrics = app.get(BffMetrics);
    const check = installContractCheck(fastify, () => buildOpenApiDocument(app), logger, (violation) =>
      metrics.countContractViolation(violation.method, violation.route, violation.status),
    );
    contractChecks.set(app, check);
  }
  app.get(ShutdownState).track(fastify);
  if (config.bff.BFF_ADMIN_DASHBOARD) {
    // Loaded on demand: Bull Board's static-file stack is CommonJS requiring ESM, which Node 20 loads natively but Jest
    // cannot, so the in-process specs run without it and the e2e suite (real processes) covers it.
    const { installQueueDashboard } = await import('./admin/queue-dashboard.js');
    installQueueDashboard(fastify, TRACKER_QUEUES.map((name) => app.get(getQueueToken(name))), app.get(API_CLIENTS));
  }
  installApiDocs(app, { ui: config.bff.BFF_API_DOCS_UI });
  app.useGlobalPipes(bffValidationPipe());
  const support = app.get(SupportExchangeStore);
  app.useGlobalFilters(new ProblemFilter((request, problem) => noteRefusal(support, request, problem)));
  await app.init();
  try {
    const routes = app.get(RouteCatalog).routes();
    assertAccessDeclared(routes);
    assertRoutesDocumented(routes);
    contractChecks.get(app)?.prepare();
  } catch (error) {
    await app.close();
    throw error;
  }
  if (!(await awaitRequestPathRedis(app.get(REDIS), TRACKER_QUEUES.map((name) => app.get<Queue>(getQueueToken(name))), 10_000))) {
    logger.warn('Redis is not reachable yet: starting unready (/health/ready answers 503 until it is)');
  }
  return app;
}
