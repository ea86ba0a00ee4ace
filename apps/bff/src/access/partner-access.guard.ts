import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AccessRefused } from '#common';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import { routeRules } from '../auth/route-rules.js';
import type { AccessDeclaration } from './access-declaration.js';
import { PartnerAccess } from './partner-access.service.js';

/** The declaration of the route being served (handler first, then its controller). */
export function accessDeclarationOf(reflector: Reflector, context: ExecutionContext): AccessDeclaration | undefined {
  return routeRules(reflector, context).access;
}

/**
 * The one place partner access is enforced, after the API-key guard has identified the app and checked its scopes.
 * A route without a declaration is refused to every app (and the BFF does not start with one: access-boot-check.ts).
 * Object references read from a multipart form are checked by FormAccessInterceptor once the form is parsed.
 */
@Injectable()
export class PartnerAccessGuard implements CanActivate {
  private readonly logger = new Logger(PartnerAccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly access: PartnerAccess,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const rules = routeRules(this.reflector, context);
    if (rules.isPublic) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    const app = request.apiClient;
    const declaration = rules.access;
    if (!app || !declaration) {
      this.logger.error(`Route ${request.method} ${request.routeOptions.url} has no access declaration; refusing`);
      throw AccessRefused.forbidden('This route is not available to apps');
    }
    switch (declaration.kind) {
      case 'partner-of':
        // An app open to every partner has nothing to look up (a scoped list may still need its partner named).
        if (!app.partners && !declaration.beforeBody.some((ref) => ref.absent === 'app-partner')) return true;
        return this.access.enforce(app, declaration.beforeBody, request).then(() => true);
      case 'all-partners-only':
        if (app.partners) {
          throw AccessRefused.forbidden(`App "${app.name}" is limited to some partners, and this route's objects are not attributed to a partner by Migo: only apps open to every partner may use it`);
        }
        return true;
      case 'partner-filtered-list':
      case 'own-records':
      case 'not-partner-data':
        return true;
    }
  }
}
