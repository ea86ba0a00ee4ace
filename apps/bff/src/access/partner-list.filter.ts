import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { map, Observable } from 'rxjs';
import { runWithPurpose } from '#common';
import { recordResponseBody } from '#migo-http';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import { SupportExchangeStore } from '../support/support-exchange-store.js';
import { accessDeclarationOf } from './partner-access.guard.js';

/**
 * `@PartnerFilteredList`: for an app limited to some partners, keeps the items of the list whose partner is one of its.
 * The upstream calls behind the list are marked `unfiltered-list` (admins only in support records) and the list as
 * filtered is what the app's support record shows instead.
 */
@Injectable()
export class PartnerListFilter implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly support: SupportExchangeStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest & { requestId?: string }>();
    const declaration = accessDeclarationOf(this.reflector, context);
    const app = request.apiClient;
    const allowed = app?.partners;
    if (declaration?.kind !== 'partner-filtered-list' || !app || !allowed) return next.handle();
    const startedAt = new Date().toISOString();
    // next.handle() binds the handler to the async context it is called in: its upstream calls carry the purpose.
    return runWithPurpose('unfiltered-list', () => next.handle()).pipe(
      map((answer: unknown) => {
        if (!Array.isArray(answer)) throw new Error(`${request.routeOptions.url} is declared a partner-filtered list but answered ${typeof answer}`);
        const kept = answer.filter((item) => {
          const partner = declaration.itemPartner(item);
          return typeof partner === 'string' && allowed.has(partner);
        });
        const body = recordResponseBody(JSON.stringify(kept), 'application/json');
        if (request.requestId && body) this.support.recordNote(app.name, request.requestId, { note: 'filtered-answer', startedAt, items: kept.length, body });
        return kept;
      }),
    );
  }
}
