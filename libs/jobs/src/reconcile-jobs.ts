import { createHash } from 'node:crypto';
import type { KeepJobs } from 'bullmq';

/**
 * The worker's reconciler queue (braces: one Cluster slot). Two kinds of job run on it: `sweep`, scheduled every
 * IDEMPOTENCY_SWEEP_MS (lapsed leases become unknown-outcome keys; due unknown keys get a `reconcile` job), and
 * `reconcile`, one per unknown-outcome key, which asks Migo for the write by the reference stamped on it.
 */
export const RECONCILER_QUEUE = '{keyed-writes}';
export const SWEEP_JOB = 'sweep';
export const RECONCILE_JOB = 'reconcile';

/**
 * A reconcile job: which key (its app and hash; the key itself is never stored), what was written and under which
 * reference, and the request's fingerprint (the job is void if the key meanwhile holds another request). Lookup facts
 * (card id, client, subscriptions) stay in the key's record. Never a secret, a PAN, a body or the key.
 */
export interface ReconcileJobData {
  app: string;
  keyHash: string;
  kind: string;
  reference: string;
  fingerprint: string;
}

/** One reconcile job per key at a time (BullMQ ignores an add whose id exists). BullMQ ids may not hold ':'. */
export function reconcileJobId(app: string, keyHash: string): string {
  return `rc_${createHash('sha256').update(`${app}\n${keyHash}`).digest('hex').slice(0, 32)}`;
}

/**
 * A finished reconcile job is gone at once, failed or not (the key's record says what happened, the worker logs a
 * failure): its id must be free for the next sweep that finds the key due. A crashed sweep job is kept a day.
 */
export const RECONCILER_RETENTION: { removeOnComplete: KeepJobs; removeOnFail: KeepJobs } = { removeOnComplete: { count: 0 }, removeOnFail: { age: 24 * 3600 } };
