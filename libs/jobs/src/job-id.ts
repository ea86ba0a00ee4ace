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
