import { createHash } from 'node:crypto';
import type { JobType } from './job-types.js';

/**
 * A job id is derived from (app, type, upstream id): tracking the same upstream work twice gives the same job, and
 * its BullMQ tracker (same id) can never run twice at once.
 */
export function jobIdFor(app: string, type: JobType, upstreamId: string): string {
  return `job_${createHash('sha256').update(`${app}\n${type}\n${upstreamId}`).digest('hex').slice(0, 26)}`;
}

export const JOB_ID_PATTERN = /^job_[0-9a-f]{26}$/;

/** The job a tracker's BullMQ job follows: its own id (earlier versions also copied it into the data). */
export function trackedJobId(job: { id?: string; data: { jobId?: string } }): string {
  const id = job.id ?? job.data.jobId;
  if (!id) throw new Error('A tracker job without an id');
  return id;
}
