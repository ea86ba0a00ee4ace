import { IsInt, IsOptional, IsUrl, Max, Min } from 'class-validator';
import { EnvInt } from '#common';
import { UpstreamName } from './upstream-name.js';

const url = { require_tld: false, protocols: ['http', 'https'], require_protocol: true };

/** Where Migo lives and how patient to be with it. Defaults point at the simulator that `npm start` runs. */
export class MigoUpstreamEnv {
  @IsUrl(url) MIGO_WALLET_BASE_URL = 'http://127.0.0.1:4010/rest';
  @IsUrl(url) MIGO_CMS_BASE_URL = 'http://127.0.0.1:4010/cms/rest';
  @IsUrl(url) MIGO_MIDDLEWARE_BASE_URL = 'http://127.0.0.1:4010/mw';
  /** The migration gateway is optional: its routes exist only when a base URL is configured. */
  @IsOptional() @IsUrl(url) MIGO_MIGRATION_BASE_URL?: string;

  /** Per-call timeout; the call is aborted when it passes. */
  @EnvInt() @IsInt() @Min(100) @Max(120000) MIGO_TIMEOUT_MS = 10000;
  /** Extra attempts for idempotent reads on timeouts, network errors, 429, 502, 503 and 504. */
  @EnvInt() @IsInt() @Min(0) @Max(5) MIGO_READ_RETRIES = 2;
  @EnvInt() @IsInt() @Min(1) @Max(10000) MIGO_RETRY_BASE_DELAY_MS = 100;
  /** A Retry-After longer than this is not waited for: the error goes back to the caller at once. */
  @EnvInt() @IsInt() @Min(0) @Max(60000) MIGO_RETRY_AFTER_CAP_MS = 5000;
  /** Consecutive upstream faults (5xx, timeouts, network errors) that open an upstream's breaker. */
  @EnvInt() @IsInt() @Min(1) @Max(1000) MIGO_BREAKER_THRESHOLD = 5;
  @EnvInt() @IsInt() @Min(100) @Max(600000) MIGO_BREAKER_HALF_OPEN_AFTER_MS = 5000;
  /** Keep-alive sockets per upstream host. */
  @EnvInt() @IsInt() @Min(1) @Max(10000) MIGO_MAX_SOCKETS = 128;
}

export interface UpstreamSettings {
  baseUrl: string;
  timeoutMs: number;
  readRetries: number;
  retryBaseDelayMs: number;
  retryAfterCapMs: number;
  breakerThreshold: number;
  breakerHalfOpenAfterMs: number;
}

export function upstreamSettings(env: MigoUpstreamEnv): Partial<Record<UpstreamName, UpstreamSettings>> {
  const common = {
    timeoutMs: env.MIGO_TIMEOUT_MS,
    readRetries: env.MIGO_READ_RETRIES,
    retryBaseDelayMs: env.MIGO_RETRY_BASE_DELAY_MS,
    retryAfterCapMs: env.MIGO_RETRY_AFTER_CAP_MS,
    breakerThreshold: env.MIGO_BREAKER_THRESHOLD,
    breakerHalfOpenAfterMs: env.MIGO_BREAKER_HALF_OPEN_AFTER_MS,
  };
  const settings: Partial<Record<UpstreamName, UpstreamSettings>> = {
    wallet: { ...common, baseUrl: env.MIGO_WALLET_BASE_URL },
    cms: { ...common, baseUrl: env.MIGO_CMS_BASE_URL },
    middleware: { ...common, baseUrl: env.MIGO_MIDDLEWARE_BASE_URL },
  };
  if (env.MIGO_MIGRATION_BASE_URL) settings.migration = { ...common, baseUrl: env.MIGO_MIGRATION_BASE_URL };
  return settings;
}
