import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Writable } from 'node:stream';
import { createLogger, PinoNestLogger } from '#common';
import { loadWorkerConfig } from '../../apps/worker/src/config/load-worker-config.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import type { TestRedis } from './redis.js';
import { IN_PROCESS_REDIS } from './bff.js';
import { TEST_REDIS_URL } from './redis.js';
import type { RunningSimulator } from './simulator.js';
import { upstreamEnvFor } from './upstream.js';

export interface RunningWorker {
  app: INestApplicationContext;
  logLines: string[];
  close(): Promise<void>;
}

/** Env for a worker wired to a simulator and an isolated Redis prefix, polling quickly (tests). */
export function workerEnvFor(sim: RunningSimulator, redis: TestRedis, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    ...upstreamEnvFor(sim),
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: redis.prefix,
    LOG_LEVEL: 'info',
    TRACKER_MIN_POLL_MS: '100',
    TRACKER_MAX_POLL_MS: '500',
    TRACKER_STREAM_SLICE_MS: '5000',
    ...IN_PROCESS_REDIS,
    ...overrides,
  };
}

/** Starts the tracker processors in this process. */
export async function startWorker(sim: RunningSimulator, redis: TestRedis, overrides: Record<string, string> = {}): Promise<RunningWorker> {
  const logLines: string[] = [];
  const destination = new Writable({ write: (chunk, _encoding, done) => (logLines.push(chunk.toString()), done()) });
  const config = loadWorkerConfig(workerEnvFor(sim, redis, overrides));
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: new PinoNestLogger(createLogger({ name: 'worker', level: 'info', destination })) });
  await app.init();
  return { app, logLines, close: () => app.close() };
}
