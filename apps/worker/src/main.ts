import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createLogger, loadConfigsOrExit, PinoNestLogger } from '#common';
import { WORKER_CONFIG_SCHEMAS } from './config/load-worker-config.js';
import { WorkerModule } from './worker.module.js';

const config = loadConfigsOrExit(WORKER_CONFIG_SCHEMAS, 'worker');
const logger = createLogger({ name: 'worker', level: config.worker.LOG_LEVEL });
const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: new PinoNestLogger(logger) });
app.enableShutdownHooks();
await app.init();
logger.info({ concurrency: config.worker.TRACKER_CONCURRENCY, pollsPerSecond: config.worker.TRACKER_POLLS_PER_SECOND }, 'worker ready: tracking upstream jobs');
