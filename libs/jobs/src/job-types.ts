import type { UpstreamName } from '#migo-http';

/** Upstream work the BFF can track. The name says which surface and what. */
export const JOB_TYPES = [
  'cms.cardholder-upload',
  'cms.card-upload',
  'wallet.statement',
  'middleware.charge-batch',
  'middleware.csv-charges',
  'middleware.payment-link',
  'middleware.alternative-payment',
] as const;

export type JobType = (typeof JOB_TYPES)[number];

/** Types an app may ask the BFF to follow with POST /v1/jobs (an upstream id alone is enough to follow them). */
export const TRACKABLE_BY_ID: readonly JobType[] = ['cms.cardholder-upload', 'cms.card-upload', 'wallet.statement', 'middleware.payment-link', 'middleware.alternative-payment'];

export function upstreamOf(type: JobType): UpstreamName {
  return type.split('.')[0] as UpstreamName;
}

/** One BullMQ queue per upstream, so each gets its own global poll-rate limit. Braces keep each queue in one Cluster slot. */
export function queueFor(type: JobType | UpstreamName): string {
  const upstream = type.includes('.') ? upstreamOf(type as JobType) : (type as UpstreamName);
  return `{trackers-${upstream}}`;
}

export const TRACKER_QUEUES = ['wallet', 'cms', 'middleware'].map((upstream) => queueFor(upstream as UpstreamName));

/** What a tracker needs to follow its upstream work. Never holds a secret, PAN, CVV or PIN. */
export type TrackerTarget =
  | { type: 'cms.cardholder-upload' | 'cms.card-upload'; partnerId: string; batchId: string }
  | { type: 'wallet.statement'; cardId: number; reference: string }
  | { type: 'middleware.charge-batch'; client: string; batchId: string; rows: ChargeRow[] }
  | { type: 'middleware.csv-charges'; client: string; trackingId: string; rows: ChargeRow[] }
  | { type: 'middleware.payment-link'; uid: string }
  | { type: 'middleware.alternative-payment'; uid: string };

/** A charge the tracker waits an outcome for: `row` is how Migo's payment history names it (see assumptions). */
export interface ChargeRow {
  row: number;
  subscriptionId: string;
  amount: number;
}

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
