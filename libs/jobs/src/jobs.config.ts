import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { EnvInt } from '#common';
import { jobKind } from './kinds/registry.js';
import type { JobType } from './kinds/registry.js';

/** Job settings shared by the BFF (which creates and reads jobs) and the worker (which advances them). */
export class JobsEnv {
  /** How long a finished job stays readable. */
  @EnvInt() @IsInt() @Min(1) @Max(24 * 90) JOB_RETENTION_HOURS = 168;
  /** Event history kept per app for Last-Event-ID replay (at least 24 h)… */
  @EnvInt() @IsInt() @Min(24) @Max(24 * 30) JOB_EVENT_HISTORY_HOURS = 25;
  /** …and at most about this many events per app. */
  @EnvInt() @IsInt() @Min(1000) @Max(10_000_000) JOB_EVENT_HISTORY_MAX = 100_000;
  /** When set, overrides every tracker deadline (seconds); otherwise each kind has its own (its descriptor's deadlineSeconds). */
  @IsOptional() @EnvInt() @IsInt() @Min(1) TRACKER_DEADLINE_SECONDS?: number;
}

/** How long a tracker follows a kind of work before it fails the job (its descriptor's, unless overridden). */
export function deadlineSeconds(env: JobsEnv, type: JobType): number {
  return env.TRACKER_DEADLINE_SECONDS ?? jobKind(type).deadlineSeconds;
}

export function jobStoreOptions(env: JobsEnv) {
  return { retentionMs: env.JOB_RETENTION_HOURS * 3_600_000, historyMs: env.JOB_EVENT_HISTORY_HOURS * 3_600_000, historyMaxEvents: env.JOB_EVENT_HISTORY_MAX };
}
