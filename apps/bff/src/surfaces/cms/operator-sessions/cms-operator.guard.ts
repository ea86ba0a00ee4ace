import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { currentRequestContext } from '#common';
import type { AuthenticatedRequest } from '../../../auth/auth.decorators.js';
import { OperatorSessionStore, sessionRefused } from './operator-session.store.js';
import { SessionTokenSource } from './session-token-source.js';

export const CMS_SESSION_HEADER = 'x-cms-session';

/** The handle a request carries, if any (one value: a repeated header is not a handle). */
export function sessionHandle(request: FastifyRequest): string | undefined {
  const value = request.headers[CMS_SESSION_HEADER];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(value)) throw sessionRefused(`${CMS_SESSION_HEADER} must be a session handle from POST /v1/cms/sessions`);
  return value;
}

/**
 * On every CMS route: with X-Cms-Session, the request's CMS calls act as that operator (bound in the request context,
 * where MigoAuth.cms finds it); a handle that is not the calling app's live session is a 401, never the service
 * operator. Without one, an app configured with `cmsWrites: "operator-session"` may only read.
 */
@Injectable()
export class CmsOperatorGuard implements CanActivate {
  constructor(private readonly sessions: OperatorSessionStore) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    const app = request.apiClient;
    if (!app) return true; // a public route: nothing to act as
    const handle = sessionHandle(request);
    if (handle === undefined) {
      if (request.method !== 'GET' && app.cmsWrites === 'operator-session') {
        throw sessionRefused(`App "${app.name}" makes CMS writes as an operator: log in with POST /v1/cms/sessions and send its handle as X-Cms-Session`);
      }
      return true;
    }
    if (!this.sessions.enabled) throw sessionRefused('CMS operator sessions are not enabled on this BFF');
    const session = await this.sessions.open(handle, app.name);
    const requestContext = currentRequestContext();
    // Without a context the CMS calls would silently act as the service operator: refuse instead.
    if (!requestContext) throw new Error('CMS operator session without a request context');
    requestContext.cmsOperator = new SessionTokenSource(this.sessions, session);
    return true;
  }
}
