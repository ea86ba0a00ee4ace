import { IdempotencyEnv, loadConfigs, RedisEnv } from '#common';
import { JobsEnv } from '#jobs';
import { MigoCredentialsEnv } from '#migo-auth';
import { MigoUpstreamEnv } from '#migo-http';
import { CmsSessionEnv } from '../surfaces/cms/operator-sessions/cms-session.config.js';
import { BffEnv } from './bff.config.js';

export const BFF_CONFIG_SCHEMAS = { bff: BffEnv, jobs: JobsEnv, redis: RedisEnv, idempotency: IdempotencyEnv, upstream: MigoUpstreamEnv, credentials: MigoCredentialsEnv, cmsSessions: CmsSessionEnv };

export type BffConfig = ReturnType<typeof loadBffConfig>;

export function loadBffConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfigs(BFF_CONFIG_SCHEMAS, env);
}
