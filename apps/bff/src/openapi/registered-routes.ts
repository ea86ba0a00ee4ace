import type { FastifyInstance } from 'fastify';

export interface RegisteredRoute {
  method: string;
  /** Fastify syntax: `/v1/jobs/:id`, `/x/:kind(a|b)`, `/admin/queues/*`. */
  url: string;
}

const registries = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Records every route Fastify registers from now on (install before the app registers its routes). */
export function recordRegisteredRoutes(fastify: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  registries.set(fastify, routes);
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method: String(method).toUpperCase(), url: route.url });
  });
}

export function registeredRoutes(fastify: FastifyInstance): readonly RegisteredRoute[] {
  return registries.get(fastify) ?? [];
}

/** Not API operations, so not in the document: the documents themselves and Bull Board's pages. */
export const UNDOCUMENTED_ROUTES = [/^\/docs(-json|\/.*)?$/, /^\/admin\/queues(\/.*)?$/];

/** `/x/:kind(a|b)/:id` → `/x/{kind}/{id}`. */
export function toOpenApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)(\([^)]*\))?/g, '{$1}');
}

/** Fastify route constraints (`:kind(cardholders|cards)`), by parameter name. */
export function routeConstraints(url: string): Record<string, string> {
  return Object.fromEntries([...url.matchAll(/:([A-Za-z0-9_]+)\(([^)]*)\)/g)].map((match) => [match[1], match[2]]));
}
