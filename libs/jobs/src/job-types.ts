import type { UpstreamName } from '#migo-http';
import { JOB_KINDS, jobKind } from './kinds/registry.js';
import type { JobType, TrackerTarget } from './kinds/registry.js';

export type { JobType, TrackerTarget };

export type { ChargeRow } from './kinds/middleware-charges/charges.kind.js';

/** Types an app may ask the BFF to follow with POST /v1/jobs (an upstream id alone is enough to follow them). */
export const TRACKABLE_BY_ID: readonly JobType[] = JOB_KINDS.filter((kind) => 'objectOf' in kind.trackById).map((kind) => kind.type);

export function upstreamOf(type: JobType): UpstreamName {
  return jobKind(type).upstream;
}

/** One BullMQ queue per upstream, so each gets its own global poll-rate limit. Braces keep each queue in one Cluster slot. */
export function queueFor(type: JobType | UpstreamName): string {
  const upstream = type.includes('.') ? upstreamOf(type as JobType) : (type as UpstreamName);
  return `{trackers-${upstream}}`;
}

export const TRACKER_QUEUES = ['wallet', 'cms', 'middleware'].map((upstream) => queueFor(upstream as UpstreamName));

/** BullMQ job data of a tracker: the target plus the step bookkeeping. The BullMQ job's id is the job's id. */
export interface TrackerJobData {
  /** Written by versions before the BullMQ job id was used; read only as a fallback. */
  jobId?: string;
  app: string;
  target: TrackerTarget;
  deadlineAt: number;
  /** Steps taken so far and the delay chosen for the next poll (adaptive). */
  steps: number;
  nextDelayMs: number;
  /** What the tracker carried over from its previous step (e.g. charge outcomes already found). Never a secret. */
  memory?: unknown;
}
