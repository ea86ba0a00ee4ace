import { IdempotencyEnv, loadConfigs, RedisEnv } from '#common';
import { JobsEnv } from '#jobs';
import { MigoCredentialsEnv } from '#migo-auth';
import { MigoUpstreamEnv } from '#migo-http';
import { WorkerEnv } from './worker.config.js';

export const WORKER_CONFIG_SCHEMAS = { worker: WorkerEnv, jobs: JobsEnv, redis: RedisEnv, idempotency: IdempotencyEnv, upstream: MigoUpstreamEnv, credentials: MigoCredentialsEnv };

export type WorkerConfig = ReturnType<typeof loadWorkerConfig>;

export function loadWorkerConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfigs(WORKER_CONFIG_SCHEMAS, env);
}
