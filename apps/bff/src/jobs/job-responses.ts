import type { FastifyReply } from 'fastify';
import { JobDto, JobRecord, toJobDto } from '#jobs';

/** Polling clients are told to come back after this long (they can also long-poll or subscribe). */
export const RETRY_AFTER_SECONDS = 1;

/**
 * The answer of a route that started upstream work: 202 Accepted, `Location: /v1/jobs/{id}`, the job and what Migo
 * answered (e.g. the payment link URL, the batch id). Put @HttpCode(202) on the route.
 */
export function accepted<T>(reply: FastifyReply, record: JobRecord, upstream: T): { job: JobDto; upstream: T } {
  const job = toJobDto(record);
  reply.header('location', job.links.self).header('retry-after', String(RETRY_AFTER_SECONDS));
  return { job, upstream };
}
