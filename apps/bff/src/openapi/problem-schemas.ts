import type { ResponseObject, SchemaObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemType } from '#common';

/** What each problem type means; a new ProblemType does not compile until it is described here. */
const MEANINGS: Record<keyof typeof ProblemType, string> = {
  validation: 'The request is invalid; `errors[]` lists every field and what is wrong with it',
  unauthenticated: 'No API key, or an unknown one',
  forbidden: 'The API key lacks a scope the route needs, or may not act for that partner',
  notFound: 'No such route or resource (another app’s job is not found either)',
  conflict: 'The resource is not in a state that allows this',
  payloadTooLarge: 'The body or upload is larger than the BFF accepts',
  unsupportedMediaType: 'The content type or the uploaded file’s type is not accepted',
  idempotencyInProgress: 'A request with this Idempotency-Key is still running; retry after `Retry-After`',
  idempotencyMismatch: 'This Idempotency-Key was used for a different request',
  upstreamOutcomeUnknown:
    'The first request with this Idempotency-Key may have reached Migo and its outcome is not known (503 to that request, 409 to retries): the key is never run again; retry it after `Retry-After` until it replays what Migo did, or runs anew once Migo provably never acted',
  otpRequired: 'Migo wants a one-time password for this operation',
  otpInvalid: 'The one-time password is wrong or expired',
  upstreamRejected: 'Migo refused the request; `upstream` carries its status, code and message',
  upstreamUnavailable: 'Migo failed, throttled the BFF, or its circuit breaker is open (503 with `Retry-After`)',
  upstreamTimeout: 'Migo did not answer in time',
  upstreamAuth: 'Migo refused the BFF’s own credentials (an operator problem, not the caller’s)',
  rateLimited: 'Too many requests',
  serviceUnavailable: 'The BFF cannot serve right now (e.g. Redis is unreachable); retry later',
  internal: 'An unexpected error; quote the requestId to support',
};

/** RFC 9457 problem details, the only error format of the BFF, with its extension members. */
export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: {
      type: 'string',
      format: 'uri',
      enum: Object.values(ProblemType),
      description: Object.entries(MEANINGS)
        .map(([key, meaning]) => `- \`${ProblemType[key as keyof typeof ProblemType]}\`: ${meaning}`)
        .join('\n'),
    },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'The request path' },
    requestId: { type: 'string', description: 'Also in the `x-request-id` response header and on every log line of the request' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['message'],
        properties: { field: { type: 'string' }, index: { type: 'integer' }, message: { type: 'string' }, code: { type: 'string' } },
      },
    },
    upstream: {
      type: 'object',
      description: 'Which Migo service refused what',
      required: ['service', 'status', 'code', 'message'],
      properties: {
        service: { type: 'string', enum: ['wallet', 'cms', 'middleware', 'migration'] },
        status: { type: ['integer', 'null'] } as SchemaObject,
        code: { type: ['string', 'null'] } as SchemaObject,
        message: { type: 'string' },
      },
    },
    sources: {
      type: 'object',
      description: 'Views: what each source did',
      additionalProperties: { type: 'object', required: ['status', 'ms'], properties: { status: { type: 'string' }, ms: { type: 'number' }, error: { type: 'string' } } },
    },
  },
};

const RETRY_AFTER = { description: 'Seconds to wait before retrying', schema: { type: 'integer' } };

/** The error answers operations list, by status. */
export const PROBLEM_RESPONSES: Record<number, { name: string; description: string; retryAfter?: boolean }> = {
  400: { name: 'BadRequest', description: 'Invalid input, or Migo refused the request' },
  401: { name: 'Unauthenticated', description: 'Missing or unknown API key' },
  403: { name: 'Forbidden', description: 'Missing scope or partner' },
  404: { name: 'NotFound', description: 'No such resource' },
  409: { name: 'Conflict', description: 'A request with this Idempotency-Key is running or its first attempt has an unknown outcome, or Migo reports a conflict', retryAfter: true },
  411: { name: 'LengthRequired', description: 'The body must come with a Content-Length' },
  413: { name: 'PayloadTooLarge', description: 'Body or upload too large' },
  415: { name: 'UnsupportedMediaType', description: 'Content type or file type not accepted' },
  429: { name: 'TooManyRequests', description: 'The app’s request rate, or its open streams, long-polls or watches on this instance, are over their limit', retryAfter: true },
  422: { name: 'UnprocessableContent', description: 'Idempotency-Key reused with another request, or a Migo business rule refused it' },
  500: { name: 'InternalError', description: 'Unexpected error' },
  502: { name: 'BadGateway', description: 'Migo failed or refused the BFF’s credentials' },
  503: { name: 'ServiceUnavailable', description: 'Migo throttled or is unavailable (breaker open), Redis is unreachable, or a keyed write’s outcome at Migo is unknown', retryAfter: true },
  504: { name: 'GatewayTimeout', description: 'Migo did not answer in time' },
};

export function problemResponseObjects(): Record<string, ResponseObject> {
  return Object.fromEntries(
    Object.values(PROBLEM_RESPONSES).map(({ name, description, retryAfter }) => [
      name,
      {
        description,
        headers: { 'x-request-id': { $ref: '#/components/headers/RequestId' }, ...(retryAfter ? { 'retry-after': RETRY_AFTER } : {}) },
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
      } as ResponseObject,
    ]),
  );
}

export function problemResponseRef(status: number): { $ref: string } {
  return { $ref: `#/components/responses/${PROBLEM_RESPONSES[status].name}` };
}
