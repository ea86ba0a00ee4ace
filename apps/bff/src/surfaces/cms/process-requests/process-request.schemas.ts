import Type from 'typebox';
import { ProcessRequest } from '#cms';
import type { JobDto } from '#jobs';

/** The job's public shape, documented once among the BFF's own schemas (`Job`). */
const Job = Type.Unsafe<JobDto>({ $ref: '#/components/schemas/Job' });

/**
 * A new process request as Migo answered it, plus the job that follows it until another operator decides. A key
 * whose outcome was unknown and then found at Migo replays the bare request, without `job` (follow it by id).
 */
export const CmsProcessRequestCreated = Type.Interface([ProcessRequest], { job: Type.Optional(Job) }, { title: 'CmsProcessRequestCreated', additionalProperties: true });
export type CmsProcessRequestCreated = Type.Static<typeof CmsProcessRequestCreated>;
