import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AccessRefused, enrichRequestContext, ProblemError, ProblemType } from '#common';
import { ApiClientRegistry } from './api-clients.js';
import type { AuthenticatedRequest } from './auth.decorators.js';
import { routeRules } from './route-rules.js';
import { grants } from './scopes.js';

export const API_CLIENTS = Symbol('API_CLIENTS');

export function unauthenticated(detail: string): ProblemError {
  return ProblemError.of(401, ProblemType.unauthenticated, 'Unauthenticated', detail, {}, { 'www-authenticate': 'Bearer realm="migo-bff"' });
}

export function forbidden(detail: string): ProblemError {
  return AccessRefused.forbidden(detail);
}

/**
 * Global guard: `Authorization: Bearer <API key>` identifies the app, and the route's scopes must be granted. A route with
 * neither @Public nor @RequireScopes is refused (fail closed). Which partners' objects it may reach is the next guard's
 * business (access/partner-access.guard.ts).
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly logger = new Logger(ApiKeyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    @Inject(API_CLIENTS) private readonly clients: ApiClientRegistry,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const rules = routeRules(this.reflector, context);
    if (rules.isPublic) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();

    const header = request.headers.authorization;
    if (!header) throw unauthenticated('Send your API key as "Authorization: Bearer <key>"');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw unauthenticated('The Authorization header must use the Bearer scheme');
    const client = this.clients.identify(match[1]);
    if (!client) throw unauthenticated('Unknown API key');
    request.apiClient = client;
    enrichRequestContext({ appName: client.name });

    const scopes = rules.scopes;
    if (!scopes) {
      this.logger.error(`Route ${request.method} ${request.routeOptions.url} declares no scopes; refusing`);
      throw forbidden('This route is not available to apps');
    }
    const missing = scopes.filter((scope) => !grants(client.scopes, scope));
    if (missing.length > 0) throw forbidden(`App "${client.name}" lacks scope ${missing.join(', ')}`);
    return true;
  }
}
