import type { JobRecord } from './job-record.js';
import { jobKindOf } from './kinds/registry.js';

/**
 * The stable public shape apps see (GET /v1/jobs/{id}, events, 202 answers): the BFF's, applied by the BFF to records
 * and events (and by the worker's reconciler to the 202 answer it stores for a replayed key). The store never builds it.
 */
export interface JobDto extends Omit<JobRecord, 'app'> {
  links: { self: string; events: string; result?: string };
}

export function toJobDto(record: JobRecord, basePath = '/v1/jobs'): JobDto {
  const { app: _app, ...rest } = record;
  const self = `${basePath}/${record.id}`;
  const hasResultFile = record.state === 'succeeded' && jobKindOf(record.type)?.result.kind === 'file';
  return { ...rest, links: { self, events: `${self}/events`, ...(hasResultFile ? { result: `${self}/result` } : {}) } };
}

