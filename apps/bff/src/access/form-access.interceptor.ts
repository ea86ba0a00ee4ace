import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { from, Observable, switchMap } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import { PartnerAccess } from './partner-access.service.js';
import { accessDeclarationOf } from './partner-access.guard.js';

/**
 * The part of a `@PartnerOf` declaration that reads multipart form fields: the form is parsed by the route's
 * @Upload interceptor, after guards, so these references are checked here, right after it (the boot check verifies the order).
 */
@Injectable()
export class FormAccessInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: PartnerAccess,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    const declaration = accessDeclarationOf(this.reflector, context);
    const refs = declaration?.kind === 'partner-of' ? declaration.afterForm : [];
    return from(this.access.enforce(request.apiClient!, refs, request)).pipe(switchMap(() => next.handle()));
  }
}
