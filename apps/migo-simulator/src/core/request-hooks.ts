import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { businessErrorBody, middlewareErrorBody } from './envelopes.js';
import { FaultRegistry } from './faults.js';
import { SimStats } from './sim-stats.js';
import { pathWithinSurface, surfaceOf } from './surface.js';

const EDGE_MESSAGES: Record<number, string> = { 429: 'Too Many Requests', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

/**
 * Counts every surface request by route template and applies injected faults before the handler runs.
 * 429/502/503/504 are rendered as an edge would (a bare `{message}`); 500 and 401 in the surface's own envelope.
 * Latency is spent once the request has been read, before its handler: a slow Migo is slow at the work, so a client
 * that gives up meanwhile does not stop the write (as with a real server), which is what makes an outcome unknown.
 */
export function installRequestHooks(fastify: FastifyInstance, stats: SimStats, faults: FaultRegistry): void {
  fastify.addHook('preHandler', async (request: FastifyRequest) => {
    const surface = surfaceOf(request.url);
    if (!surface || surface === 'control') return;
    const latency = faults.take(surface, request.method, pathWithinSurface(request.url), ['latency']);
    if (latency?.kind === 'latency') await sleep(latency.latencyMs);
  });
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const surface = surfaceOf(request.url);
    if (!surface || surface === 'control') return;
    stats.request(request.method, request.routeOptions.url ?? 'unmatched');

    const path = pathWithinSurface(request.url);
    const effect = faults.take(surface, request.method, path, ['status', 'reset']);
    if (!effect) return;
    if (effect.kind === 'reset') {
      request.raw.socket.destroy();
      return reply;
    }
    if (effect.kind !== 'status') return;
    const { status } = effect;
    if (effect.retryAfterSeconds !== undefined) reply.header('retry-after', String(effect.retryAfterSeconds));
    if (EDGE_MESSAGES[status]) return reply.code(status).send({ message: EDGE_MESSAGES[status] });
    if (surface === 'middleware') return reply.code(status).send(middlewareErrorBody(status === 401 ? 1001 : 9000, status === 401 ? 'Unauthorized' : 'Internal server error'));
    const [code, message] = status === 401 ? ['8001', 'Token expired.'] : ['7003', 'Please contact support for assistance.'];
    return reply.code(status).send(businessErrorBody(message, [{ code, message }]));
  });
}
