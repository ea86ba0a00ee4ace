import type { FastifyInstance } from 'fastify';
import { acceptOrGenerateRequestId, runWithRequestContext } from '#common';

/**
 * Every request gets an id (the caller's `x-request-id` when sane, else a UUID), echoed on the response, sent
 * upstream and written on every log line through the async request context.
 */
export function installRequestIdHook(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const requestId = acceptOrGenerateRequestId(request.headers['x-request-id']);
    (request as { requestId?: string }).requestId = requestId;
    reply.header('x-request-id', requestId);
    runWithRequestContext({ requestId }, () => done());
  });
}
