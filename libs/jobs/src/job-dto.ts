import Type from 'typebox';
import type { JobRecord } from './job-record.js';
import { JOB_KINDS, JOB_TYPES, jobKindOf } from './kinds/registry.js';

/** Public job states (never raw BullMQ states). */
export const JobState = Type.Enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']);
export type JobState = Type.Static<typeof JobState>;

const DATE_TIME = Type.String({ format: 'date-time' });

export const JobProgress = Type.Object(
  {
    percent: Type.Number({ minimum: 0, maximum: 100 }),
    processed: Type.Optional(Type.Integer()),
    total: Type.Optional(Type.Integer()),
    succeeded: Type.Optional(Type.Integer()),
    failed: Type.Optional(Type.Integer()),
    /** Charges: rows Migo approved / declined so far. */
    approved: Type.Optional(Type.Integer()),
    declined: Type.Optional(Type.Integer()),
    status: Type.Optional(Type.String({ description: 'Migo’s own status word ("processing", "IN_PROGRESS", …)' })),
  },
  { additionalProperties: true },
);
export type JobProgress = Type.Static<typeof JobProgress>;

export const JobError = Type.Object({ code: Type.String(), message: Type.String() }, { additionalProperties: true });
export type JobError = Type.Static<typeof JobError>;

/** Every kind's outcome values (each kind lists its own: `JobKind.outcomes`). */
const JOB_OUTCOMES = [...new Set(JOB_KINDS.flatMap((kind): readonly string[] => kind.outcomes ?? []))];
const OUTCOMES_BY_KIND = `Per kind: ${JOB_KINDS.filter((kind) => kind.outcomes)
  .map((kind) => `${kind.type}: ${kind.outcomes!.join(', ')}`)
  .join('; ')}; the other kinds have none.`;

/** The job's fields as the store keeps them, less the owning app (never shown). */
export const JobFields = {
  id: Type.String(),
  type: Type.Enum(JOB_TYPES),
  state: JobState,
  progress: JobProgress,
  result: Type.Unknown({ description: 'What the work produced (per-row outcomes, the payment, …); null until then' }),
  error: Type.Union([JobError, Type.Null()]),
  outcome: Type.Union([Type.Enum(JOB_OUTCOMES), Type.Null()], {
    description: `How the work ended, set when the job succeeded (null before, when it failed, and for kinds without one). A succeeded job can still be a "no": read it, not only \`state\`. ${OUTCOMES_BY_KIND}`,
  }),
  upstream: Type.Object({ service: Type.String(), id: Type.String() }, { additionalProperties: true }),
  partnerId: Type.Optional(Type.String()),
  createdAt: DATE_TIME,
  updatedAt: DATE_TIME,
  finishedAt: Type.Union([DATE_TIME, Type.Null()]),
};

/**
 * The stable public shape apps see (GET /v1/jobs/{id}, events, 202 answers): the BFF's, applied by the BFF to records
 * and events (and by the worker's reconciler to the 202 answer it stores for a replayed key). The store never builds it.
 */
export const JobDto = Type.Object(
  {
    ...JobFields,
    links: Type.Object(
      {
        self: Type.String(),
        events: Type.String(),
        result: Type.Optional(Type.String({ description: 'Only for jobs that produce a file, once succeeded' })),
      },
      { additionalProperties: true },
    ),
  },
  { title: 'Job', additionalProperties: true },
);
export type JobDto = Type.Static<typeof JobDto>;

export function toJobDto(record: JobRecord, basePath = '/v1/jobs'): JobDto {
  const { app: _app, ...rest } = record;
  const self = `${basePath}/${record.id}`;
  const hasResultFile = record.state === 'succeeded' && jobKindOf(record.type)?.result.kind === 'file';
  return { ...rest, links: { self, events: `${self}/events`, ...(hasResultFile ? { result: `${self}/result` } : {}) } };
}
