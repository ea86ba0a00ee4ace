import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROBLEM_CONTENT_TYPE, ProblemType } from '#common';
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

/** Bull Board is an operators' tool: only an API key with the `admin` scope opens it (Bearer, or Basic for browsers). */
export function adminOnly(clients: ApiClientRegistry) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const key = keyFrom(request.headers.authorization);
    const client = key ? clients.identify(key) : undefined;
    if (client && grants(client.scopes, 'admin')) return next();
    const status = client ? 403 : 401;
    response.statusCode = status;
    response.setHeader('content-type', PROBLEM_CONTENT_TYPE);
    if (status === 401) response.setHeader('www-authenticate', 'Basic realm="migo-bff admin", charset="UTF-8"');
    response.end(
      JSON.stringify({
        type: status === 401 ? ProblemType.unauthenticated : ProblemType.forbidden,
        title: status === 401 ? 'Unauthenticated' : 'Forbidden',
        status,
        detail: status === 401 ? 'The queue dashboard needs an API key with the admin scope' : `App "${client!.name}" lacks scope admin`,
      }),
    );
  };
}
