import { HttpException, Logger } from '@nestjs/common';
import { ProblemDetails, ProblemError, ProblemType, redactUrl } from '#common';
import { UpstreamError } from '#migo-http';
import { isRedisUnavailable } from './redis-unavailable.js';
import { problemForUpstreamError } from './upstream-problem.js';

const TITLES: Record<number, [string, string]> = {
  400: [ProblemType.validation, 'Bad request'],
  401: [ProblemType.unauthenticated, 'Unauthenticated'],
  403: [ProblemType.forbidden, 'Forbidden'],
  404: [ProblemType.notFound, 'Not found'],
  405: [ProblemType.notFound, 'Method not allowed'],
  409: [ProblemType.conflict, 'Conflict'],
  413: [ProblemType.payloadTooLarge, 'Payload too large'],
  415: [ProblemType.unsupportedMediaType, 'Unsupported media type'],
  429: [ProblemType.rateLimited, 'Too many requests'],
  503: [ProblemType.serviceUnavailable, 'Service unavailable'],
};

/** Fastify's own errors (body too large, bad JSON, wrong content type) carry a statusCode and a FST_ code. */
function fastifyStatus(exception: unknown): number | undefined {
  const error = exception as { statusCode?: unknown; code?: unknown };
  return typeof error?.statusCode === 'number' && typeof error.code === 'string' && error.code.startsWith('FST_') ? error.statusCode : undefined;
}

export interface MappedProblem {
  problem: Omit<ProblemDetails, 'requestId'>;
  headers: Record<string, string>;
}

const logger = new Logger('Errors');

/** Redis restarts and reconnects within seconds; a frozen one costs each request REDIS_COMMAND_TIMEOUT_MS. */
const REDIS_RETRY_AFTER_SECONDS = '2';

/** Turns anything thrown while serving a request into the BFF's problem+json. */
export function problemFor(exception: unknown, request: { method: string; url: string }): MappedProblem {
  if (exception instanceof ProblemError) return { problem: exception.problem, headers: exception.headers };
  if (exception instanceof UpstreamError) return problemForUpstreamError(exception);
  const status = exception instanceof HttpException ? exception.getStatus() : fastifyStatus(exception);
  // Client errors, and a deliberate 503 (e.g. a draining instance); any other 5xx is a bug and says nothing more.
  if (status !== undefined && (status < 500 || status === 503)) {
    const [type, title] = TITLES[status] ?? [ProblemType.validation, 'Bad request'];
    const unknownRoute = status === 404 && exception instanceof HttpException && /^Cannot [A-Z]+ /.test(exception.message);
    const detail = unknownRoute ? `No route ${request.method} ${redactUrl(request.url.split('?')[0])}` : exception instanceof Error ? exception.message : title;
    return { problem: { type, title, status, detail }, headers: {} };
  }
  if (isRedisUnavailable(exception)) {
    return {
      problem: { type: ProblemType.serviceUnavailable, title: 'Service unavailable', status: 503, detail: 'The BFF cannot reach its Redis right now; retry later.' },
      headers: { 'retry-after': REDIS_RETRY_AFTER_SECONDS },
    };
  }
  logger.error(exception instanceof Error ? exception : String(exception));
  return {
    problem: { type: ProblemType.internal, title: 'Internal error', status: 500, detail: 'An unexpected error occurred; quote the requestId to support.' },
    headers: {},
  };
}
