import { HttpService } from '@nestjs/axios';
import type { Redis } from 'ioredis';
import { loadConfig, RedisKeys } from '#common';
import { MigoAuth, MigoCredentialsEnv, TokenEventListener } from '#migo-auth';
import { createUpstreamDispatcher, MigoUpstreamEnv, NOOP_UPSTREAM_OBSERVER, upstreamAxios, upstreamSettings, UpstreamHttp, UpstreamObserver } from '#migo-http';
import type { RunningSimulator } from './simulator.js';

/** Upstream env pointing at an in-process simulator. */
export function upstreamEnvFor(sim: RunningSimulator, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    MIGO_WALLET_BASE_URL: `${sim.url}/rest`,
    MIGO_CMS_BASE_URL: `${sim.url}/cms/rest`,
    MIGO_MIDDLEWARE_BASE_URL: `${sim.url}/mw`,
    MIGO_MIGRATION_BASE_URL: `${sim.url}/migration`,
    MIGO_MERCHANT_SLUG: sim.secrets.merchantSlug,
    MIGO_MERCHANT_PRIVATE_KEY: sim.secrets.privateKeyPem,
    MIGO_CMS_OPERATOR_EMAIL: 'ops@acme.test',
    MIGO_CMS_OPERATOR_PASSWORD: 'Operator#2026',
    MIGO_MW_MERCHANT_TOKEN: sim.secrets.middlewareMerchantToken,
    MIGO_MW_JWT: sim.secrets.middlewareJwt,
    MIGO_MIGRATION_JWT: sim.secrets.migrationJwt,
    ...overrides,
  };
}

/** An UpstreamHttp + MigoAuth pair wired like one BFF/worker process would be (its own Redis connection). */
export function upstreamStack(sim: RunningSimulator, redis: Redis, keys: RedisKeys, options: { env?: Record<string, string>; observer?: UpstreamObserver; onTokenEvent?: TokenEventListener } = {}) {
  const env = upstreamEnvFor(sim, options.env);
  const httpService = new HttpService(upstreamAxios(createUpstreamDispatcher(64)));
  const upstream = new UpstreamHttp(httpService, upstreamSettings(loadConfig(MigoUpstreamEnv, env)), options.observer ?? NOOP_UPSTREAM_OBSERVER);
  const auth = new MigoAuth(upstream, loadConfig(MigoCredentialsEnv, env), redis, keys, options.onTokenEvent);
  return { upstream, auth };
}
