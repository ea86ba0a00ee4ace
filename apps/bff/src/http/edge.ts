import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { Socket } from 'node:net';
import { acceptOrGenerateRequestId, PROBLEM_CONTENT_TYPE, ProblemError, ProblemType } from '#common';
import type { BffConfig } from '../config/load-bff-config.js';
import { cardDataInQuery } from './card-data-in-url.js';
import { jsonNestingExceeds } from './json-depth.js';

type Problem = { status: number; type: string; title: string; detail: string };

/** Longer than any id or path segment a route accepts (200), so such a parameter still reaches its route's validation. */
const MAX_PARAM_LENGTH = 256;

const API_CSP = "default-src 'none'; frame-ancestors 'none'";
/** Swagger UI's page loads its own scripts and styles, and inlines a few. */
const DOCS_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

function problemBody(problem: Problem, requestId: string, instance?: string): string {
  return JSON.stringify({ ...problem, requestId, ...(instance ? { instance } : {}) });
}

/**
 * Errors Node's HTTP parser raises before Fastify has a request (an oversized header block, a malformed request line):
 * answered on the socket as problem+json with a fresh request id, then the connection closes.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) return;
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
  const problem: Problem = tooLarge
    ? { status: 431, type: ProblemType.validation, title: 'Request header fields too large', detail: 'The request line and headers are larger than the BFF accepts' }
    : timedOut
      ? { status: 408, type: ProblemType.validation, title: 'Request timeout', detail: 'The request was not received in time' }
      : { status: 400, type: ProblemType.validation, title: 'Bad request', detail: 'The request could not be parsed as HTTP' };
  const requestId = acceptOrGenerateRequestId(undefined);
  const body = problemBody(problem, requestId);
  socket.end(
    `HTTP/1.1 ${problem.status} ${problem.title}\r\ncontent-type: ${PROBLEM_CONTENT_TYPE}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nx-request-id: ${requestId}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/**
 * Fastify's own routing errors as problem+json: a request target past the URL limit (414), a path whose percent-encoding
 * is malformed, a path parameter longer than any id (400).
 */
function frameworkErrorAnswer(maxUrlBytes: number) {
  return (error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply): void => {
    const requestId = acceptOrGenerateRequestId(request.headers['x-request-id']);
    const problem: Problem =
      request.url.length > maxUrlBytes
        ? { status: 414, type: ProblemType.validation, title: 'URI too long', detail: `The request target is longer than ${maxUrlBytes} bytes` }
        : error.code === 'FST_ERR_BAD_URL'
          ? { status: 400, type: ProblemType.validation, title: 'Bad request', detail: 'The request path is not valid percent-encoding' }
          : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
            ? { status: 400, type: ProblemType.validation, title: 'Bad request', detail: `A path parameter is longer than ${MAX_PARAM_LENGTH} characters` }
            : { status: 400, type: ProblemType.validation, title: 'Bad request', detail: 'The request could not be routed' };
    void reply.code(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).header('x-request-id', requestId).send(problemBody(problem, requestId));
  };
}

/** Server options of the BFF's Fastify instance: body and multipart limits, and the edge errors above. */
export function edgeServerOptions(config: BffConfig): FastifyServerOptions & { multipart: object } {
  const bff = config.bff;
  return {
    bodyLimit: bff.BFF_JSON_BODY_LIMIT_BYTES,
    maxParamLength: MAX_PARAM_LENGTH,
    clientErrorHandler: answerClientError,
    frameworkErrors: frameworkErrorAnswer(bff.BFF_MAX_URL_BYTES),
    multipart: {
      limits: {
        fileSize: bff.BFF_UPLOAD_LIMIT_BYTES,
        files: 1,
        fields: bff.BFF_MULTIPART_MAX_FIELDS,
        fieldSize: bff.BFF_MULTIPART_MAX_FIELD_BYTES,
        fieldNameSize: 100,
        parts: bff.BFF_MULTIPART_MAX_FIELDS + 2, // the fields and the files (a route may take two)
        headerPairs: 100,
      },
    },
  };
}

/**
 * The BFF's edge, installed before its routes: JSON bodies refused past a nesting depth before anything parses them
 * (class-transformer's recursion would overflow the stack: a 500), over-long URLs refused (414), card data in a query
 * string refused (400), security headers for a
 * JSON API, and CORS only for the origins configured.
 */
export async function installEdge(app: NestFastifyApplication, config: BffConfig): Promise<void> {
  const bff = config.bff;
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  const jsonParser = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit: bff.BFF_JSON_BODY_LIMIT_BYTES }, (request, body, done) => {
    const text = body.toString('utf8');
    if (jsonNestingExceeds(text, bff.BFF_JSON_MAX_DEPTH)) {
      return done(ProblemError.of(400, ProblemType.validation, 'Invalid request', `The JSON body nests deeper than ${bff.BFF_JSON_MAX_DEPTH} levels`), undefined);
    }
    jsonParser(request as never, text, done);
  });

  fastify.addHook('onRequest', (request, reply, done) => {
    const tooLong = request.url.length > bff.BFF_MAX_URL_BYTES;
    if (!tooLong && !cardDataInQuery(request.url)) return done();
    const requestId = (request as { requestId?: string }).requestId ?? acceptOrGenerateRequestId(undefined);
    const problem: Problem = tooLong
      ? { status: 414, type: ProblemType.validation, title: 'URI too long', detail: `The request target is longer than ${bff.BFF_MAX_URL_BYTES} bytes` }
      : { status: 400, type: ProblemType.validation, title: 'Card data in the URL', detail: 'Card numbers and codes must never be sent in a URL: send them in the JSON body' };
    void reply.code(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problemBody(problem, requestId));
  });

  await app.register(helmet, { contentSecurityPolicy: false, crossOriginResourcePolicy: { policy: 'same-origin' } });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    reply.header('content-security-policy', request.url.startsWith('/docs') ? DOCS_CSP : API_CSP);
    done(null, payload);
  });

  if (bff.BFF_CORS_ORIGINS.length > 0) {
    app.enableCors({
      origin: bff.BFF_CORS_ORIGINS,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id', 'last-event-id', 'if-none-match'],
      exposedHeaders: ['x-request-id', 'location', 'retry-after', 'etag', 'idempotent-replayed', 'x-ratelimit-limit', 'x-ratelimit-remaining'],
      maxAge: 600,
    });
  }
}
