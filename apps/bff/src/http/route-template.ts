import type { FastifyRequest } from 'fastify';

const ROUTE_TEMPLATE = Symbol('routeTemplate');

/**
 * The request's route template (`/v1/wallet/cards/:cardId`, never the concrete path), `unmatched` for a 404. Read
 * once per request and kept on it: Fastify's `routeOptions` builds a new object of a dozen fields on every read, and
 * the log line and the metrics both need the template.
 */
export function routeTemplate(request: FastifyRequest): string {
  const holder = request as FastifyRequest & { [ROUTE_TEMPLATE]?: string };
  return (holder[ROUTE_TEMPLATE] ??= request.routeOptions.url ?? 'unmatched');
}
