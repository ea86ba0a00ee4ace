import type { SchemaObject } from '@nestjs/swagger';
import { JOB_KINDS, JOB_TYPES, TERMINAL_STATES, WATCH_TYPE_NAMES } from '#jobs';

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
  Watch: {
    type: 'object',
    required: ['id', 'type', 'upstreamId', 'partnerId', 'state', 'endReason', 'createdAt', 'endedAt', 'events', 'links'],
    properties: {
      id: { type: 'string', pattern: '^wat_[0-9a-f]{26}$' },
      type: { type: 'string', enum: [...WATCH_TYPE_NAMES] },
      upstreamId: { type: 'string', description: 'The subscription uid or the card id watched' },
      partnerId: { type: ['string', 'null'], description: 'The watched object’s partner' } as SchemaObject,
      state: { type: 'string', enum: ['active', 'ended', 'deleted'], description: 'ended: the object ended (a subscription inactive, a card cancelled); deleted: by the app' },
      endReason: { type: ['string', 'null'] } as SchemaObject,
      createdAt: DATE_TIME,
      endedAt: { oneOf: [{ type: 'null' }, DATE_TIME] } as SchemaObject,
      events: { type: 'integer', description: 'Events emitted so far' },
      links: { type: 'object', required: ['self', 'events'], properties: { self: { type: 'string' }, events: { type: 'string' } } },
    },
  },
  WatchList: {
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Watch' } }, nextCursor: { type: ['string', 'null'] } as SchemaObject },
  },
  WatchEvent: {
    type: 'object',
    description: 'The data of a `watch` event on /v1/events (its SSE id is a stream id, resumable with Last-Event-ID like job events)',
    required: ['watchId', 'type', 'upstreamId', 'change', 'at'],
    properties: {
      watchId: { type: 'string' },
      type: { type: 'string', enum: [...WATCH_TYPE_NAMES] },
      upstreamId: { type: 'string' },
      partnerId: { type: 'string' },
      change: {
        type: 'object',
        required: ['kind'],
        description:
          'renewal-charged / renewal-declined / charge-approved / charge-declined (with the payment-history `entry`), status-changed (`from`, `to`), gone (the object no longer exists)',
        properties: { kind: { type: 'string' }, entry: { type: 'object' }, from: { type: 'string' }, to: { type: 'string' } },
      },
      at: DATE_TIME,
    },
  },
  WatchEventList: {
    type: 'object',
    required: ['items'],
    properties: { items: { type: 'array', items: { allOf: [{ type: 'object', required: ['id'], properties: { id: { type: 'string' } } }, { $ref: '#/components/schemas/WatchEvent' }] } } },
  },
};
