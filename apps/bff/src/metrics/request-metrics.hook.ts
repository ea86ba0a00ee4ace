import type { FastifyInstance } from 'fastify';
import { routeTemplate } from '../http/route-template.js';
import { isEventStream } from '../jobs/sse-stream.js';
import type { BffMetrics } from './bff-metrics.js';

/**
 * One sample per answered request, labelled with the route template (`/v1/wallet/cards/:cardId`, never the concrete
 * path). SSE streams are left out: their "duration" is the connection's life; bff_sse_connections counts them.
 */
export function installRequestMetricsHook(fastify: FastifyInstance, metrics: BffMetrics): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    if (!isEventStream(request.raw)) {
      metrics.observeRequest(request.method, routeTemplate(request), reply.statusCode, reply.elapsedTime / 1000);
    }
    done();
  });
}
