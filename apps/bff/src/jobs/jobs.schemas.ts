import Type from 'typebox';
import { JobDto } from '#jobs';
import { pageOf } from '../http/page.schema.js';

/** GET /v1/jobs: a page of the app's jobs, newest first. */
export const JobList = pageOf(JobDto, 'JobList');
export type JobList = Type.Static<typeof JobList>;

/** Every 202: the job that follows the work, and what Migo answered (a route's @Returns types `upstream`). */
export const JobAccepted = Type.Object(
  { job: JobDto, upstream: Type.Unknown({ description: 'What Migo answered when it accepted the work (a batch id, a payment link, …)' }) },
  { title: 'JobAccepted', additionalProperties: true },
);
export type JobAccepted = Type.Static<typeof JobAccepted>;
