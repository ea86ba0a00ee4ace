import '#supported-node';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createLogger, loadConfigsOrExit, PinoNestLogger, REDIS, type RedisConnection } from '#common';
import { WORKER_CONFIG_SCHEMAS } from './config/load-worker-config.js';
import { startOpsServer } from './observability/ops-server.js';
import { WorkerMetrics } from './observability/worker-metrics.js';
import { TRACKER_PROCESSORS } from './trackers/tracker.processors.js';
import { TrackerRunner } from './trackers/tracker-runner.service.js';
import { WatchRunner } from './watches/watch-runner.service.js';
import { WorkerModule } from './worker.module.js';

const config = loadConfigsOrExit(WORKER_CONFIG_SCHEMAS, 'worker');
const logger = createLogger({ name: 'worker', level: config.worker.LOG_LEVEL, format: config.worker.LOG_FORMAT });
const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: new PinoNestLogger(logger) });
await app.init();

let stopping = false;
const metrics = app.get(WorkerMetrics);
const redis = app.get<RedisConnection>(REDIS);
const ops = await startOpsServer(config.worker.WORKER_OPS_HOST, config.worker.WORKER_OPS_PORT, {
  metrics: async () => ({ contentType: metrics.registry.contentType, body: await metrics.registry.metrics() }),
  notReady: async () => {
    if (stopping) return 'shutting down: finishing the tracker steps in flight';
    const ping = redis.ping().then(
      () => undefined,
      (error: Error) => `Redis: ${error.message}`,
    );
    return Promise.race([ping, new Promise<string>((resolve) => setTimeout(() => resolve('Redis did not answer within 1 s'), 1000).unref())]);
  },
});

/**
 * SIGTERM: the BullMQ workers stop taking steps, the steps in flight are told to wrap up (a followed progress stream
 * stops reading, saves what it saw and re-arms the tracker at once, for another worker), and only once every current
 * step has returned does the rest (Redis, queues) close. Nothing is lost: a tracker lives in Redis between steps.
 */
async function stop(): Promise<void> {
  const closing = TRACKER_PROCESSORS.map(([processor]) => app.get(processor).worker.close());
  app.get(TrackerRunner).beforeApplicationShutdown();
  app.get(WatchRunner).beforeApplicationShutdown();
  await Promise.all(closing);
  await app.close();
  await ops.close();
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing the tracker steps in flight');
    stop().then(
      () => {
        logger.info('worker stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

// RedisModule waited for the connection at start-up (REDIS_CONNECT_TIMEOUT_MS at most): say when it is not there.
if (redis.status !== 'ready') logger.warn('Redis is not answering yet: readiness stays 503 until it does');
logger.info({ concurrency: config.worker.TRACKER_CONCURRENCY, pollsPerSecond: config.worker.TRACKER_POLLS_PER_SECOND, ops: ops.url }, 'worker ready: tracking upstream jobs');
process.stdout.write(`worker ops on ${ops.url} (/metrics, /health/live, /health/ready)\n`);
