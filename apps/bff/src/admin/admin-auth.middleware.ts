import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, ProblemType } from '#common';
import type { ApiClientRegistry } from '../auth/api-clients.js';
import { grants } from '../auth/scopes.js';

function keyFrom(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return bearer[1];
  // Browsers can only prompt for Basic: the API key is the password (the user name is ignored).
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
  if (basic) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1) || undefined;
  }
  return undefined;
}

/**
 * Bull Board is an operators' tool: only an API key with the `admin` scope opens it (Bearer, or Basic for browsers).
 * A refusal is the BFF's problem+json like any other, with the request id (the dashboard is not a Nest route, so the
 * exception filter does not see it; this hook answers through Fastify's reply, which carries `x-request-id`).
 */
export function adminOnly(clients: ApiClientRegistry) {
  return async (request: FastifyRequest & { requestId?: string }, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const key = keyFrom(request.headers.authorization);
    const client = key ? clients.identify(key) : undefined;
    if (client && grants(client.scopes, 'admin')) return undefined;
    const status = client ? 403 : 401;
    const problem: ProblemDetails = {
      type: status === 401 ? ProblemType.unauthenticated : ProblemType.forbidden,
      title: status === 401 ? 'Unauthenticated' : 'Forbidden',
      status,
      detail: status === 401 ? 'The queue dashboard needs an API key with the admin scope' : `App "${client!.name}" lacks scope admin`,
      requestId: request.requestId,
      instance: request.url.split('?')[0],
    };
    if (status === 401) reply.header('www-authenticate', 'Basic realm="migo-bff admin", charset="UTF-8"');
    // Returning the reply tells Fastify the hook answered: the dashboard is not reached.
    return reply.code(status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  };
}
