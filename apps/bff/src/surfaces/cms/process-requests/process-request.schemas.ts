import Type from 'typebox';
import { ProcessRequest } from '#cms';
import { JobDto } from '#jobs';


/**
 * A new process request as Migo answered it, plus the job that follows it until another operator decides. A key
 * whose outcome was unknown and then found at Migo replays the bare request, without `job` (follow it by id).
 */
export const CmsProcessRequestCreated = Type.Interface([ProcessRequest], { job: Type.Optional(JobDto) }, { title: 'CmsProcessRequestCreated', additionalProperties: true });
export type CmsProcessRequestCreated = Type.Static<typeof CmsProcessRequestCreated>;
