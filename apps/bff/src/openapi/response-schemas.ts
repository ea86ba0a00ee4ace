import type { SchemaObject } from '@nestjs/swagger';
import { JOB_KINDS, JOB_TYPES, TERMINAL_STATES } from '#jobs';

const DATE_TIME: SchemaObject = { type: 'string', format: 'date-time' };

/** Every kind's outcome values (each kind lists its own: `JobKind.outcomes`). */
const JOB_OUTCOMES = [...new Set(JOB_KINDS.flatMap((kind) => kind.outcomes ?? []))];
const outcomesByKind = () =>
  `Per kind: ${JOB_KINDS.filter((kind) => kind.outcomes)
    .map((kind) => `${kind.type}: ${kind.outcomes!.join(', ')}`)
    .join('; ')}; the other kinds have none.`;

/**
 * Answers the BFF shapes itself (Migo's own answers pass through as its `data`): the public job DTO (libs/jobs
 * `JobDto`) of GET /v1/jobs/{id}, the job events and every 202; views with their partial-failure contract; liveness.
 */
export const RESPONSE_SCHEMAS: Record<string, SchemaObject> = {
  Job: {
    type: 'object',
    required: ['id', 'type', 'state', 'progress', 'result', 'error', 'outcome', 'upstream', 'createdAt', 'updatedAt', 'finishedAt', 'links'],
    properties: {
      id: { type: 'string' },
      type: { type: 'string', enum: [...JOB_TYPES] },
      state: { type: 'string', enum: ['queued', 'running', ...TERMINAL_STATES] },
      progress: {
        type: 'object',
        required: ['percent'],
        properties: {
          percent: { type: 'number', minimum: 0, maximum: 100 },
          processed: { type: 'integer' },
          total: { type: 'integer' },
          succeeded: { type: 'integer' },
          failed: { type: 'integer' },
          approved: { type: 'integer' },
          declined: { type: 'integer' },
          status: { type: 'string', description: 'Migo’s own status word' },
        },
      },
      result: { description: 'What the work produced (per-row outcomes, the payment, …); null until then' },
      error: { oneOf: [{ type: 'null' }, { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } }] } as SchemaObject,
      outcome: {
        oneOf: [{ type: 'null' }, { type: 'string', enum: JOB_OUTCOMES }],
        description: `How the work ended, set when the job succeeded (null before, when it failed, and for kinds without one). A succeeded job can still be a "no": read it, not only \`state\`. ${outcomesByKind()}`,
      } as SchemaObject,
      upstream: { type: 'object', required: ['service', 'id'], properties: { service: { type: 'string' }, id: { type: 'string' } } },
      partnerId: { type: 'string' },
      createdAt: DATE_TIME,
      updatedAt: DATE_TIME,
      finishedAt: { oneOf: [{ type: 'null' }, DATE_TIME] } as SchemaObject,
      links: {
        type: 'object',
        required: ['self', 'events'],
        properties: { self: { type: 'string' }, events: { type: 'string' }, result: { type: 'string', description: 'Only for jobs that produce a file' } },
      },
    },
  },
  JobList: {
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Job' } }, nextCursor: { type: ['string', 'null'] } as SchemaObject },
  },
  JobAccepted: {
    type: 'object',
    required: ['job', 'upstream'],
    properties: {
      job: { $ref: '#/components/schemas/Job' },
      upstream: { description: 'What Migo answered when it accepted the work (a batch id, a payment link, …)' },
    },
  },
  View: {
    type: 'object',
    required: ['partial', 'sources'],
    properties: {
      partial: { type: 'boolean', description: 'true when a source failed or ran out of time; its part of the view is null' },
      sources: {
        type: 'object',
        description: 'What each source (cms, wallet, middleware, jobs…) did: ok, error or timeout, and how long it took',
        additionalProperties: { type: 'object', required: ['status', 'ms'], properties: { status: { type: 'string' }, ms: { type: 'number' }, error: { type: 'string' } } },
      },
    },
    additionalProperties: true,
  },
  Liveness: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } },
};
