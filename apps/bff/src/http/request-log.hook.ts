import type { FastifyInstance } from 'fastify';
import type { AppLogger } from '#common';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import { routeTemplate } from './route-template.js';

/** One line per request: who called what, the answer, and how long it took (never headers or bodies). */
export function installRequestLogHook(fastify: FastifyInstance, logger: AppLogger): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const app = (request as AuthenticatedRequest).apiClient?.name;
    const fields = {
      requestId: (request as { requestId?: string }).requestId,
      ...(app ? { app } : {}),
      method: request.method,
      route: routeTemplate(request),
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (reply.statusCode >= 500) logger.error(fields, 'request failed');
    else logger.info(fields, 'request completed');
    done();
  });
}
