import { Body, Controller, Delete, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ProblemError, ProblemType } from '#common';
import { MigoAuth } from '#migo-auth';
import { UpstreamError } from '#migo-http';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import type { ApiClient } from '../../../auth/api-clients.js';
import { NotPartnerData } from '../../../access/access-declaration.js';
import { OperationId, Returns } from '../../../openapi/route-docs.js';
import { CmsSession, CmsSessionOpened } from './cms-sessions.schemas.js';
import { CmsLoginBody } from './cms-session.dto.js';
import { OperatorSessionRecord, OperatorSessionStore, sessionRefused } from './operator-session.store.js';
import { CMS_SESSION_HEADER, sessionHandle } from './cms-operator.guard.js';

const WHY = "an operator's own CMS session, bound to the app that opened it";

/**
 * Per-operator CMS sessions: the BFF logs in to the CMS as the operator and gives the app an opaque handle (never
 * Migo's token). CMS routes called with `X-Cms-Session: <handle>` act as that operator.
 */
@Controller('v1/cms/sessions')
export class CmsSessionsController {
  constructor(
    private readonly auth: MigoAuth,
    private readonly sessions: OperatorSessionStore,
  ) {}

  @Post()
  @HttpCode(201)
  @OperationId('openCmsSession')
  @Returns(CmsSessionOpened)
  @RequireScopes('cms:write')
  @NotPartnerData(WHY)
  async create(@CurrentApp() app: ApiClient, @Body() body: CmsLoginBody): Promise<CmsSessionOpened> {
    this.assertEnabled();
    const { tokens, profile } = await this.auth.loginOperator({ email: body.email, password: body.password }).catch((error: unknown) => {
      // Migo's refusal of the operator's credentials is the caller's 401, not the BFF's own auth failing (502).
      if (error instanceof UpstreamError && error.status === 401) throw sessionRefused(`Migo refused the operator's credentials${error.code ? ` (code ${error.code})` : ''}: ${error.message}`);
      throw error;
    });
    const { handle, record } = await this.sessions.create(app.name, profile, tokens);
    return { session: handle, ...this.describe(record) };
  }

  @Get('current')
  @OperationId('getCmsSession')
  @Returns(CmsSession)
  @RequireScopes('cms:read')
  @NotPartnerData(WHY)
  async current(@CurrentApp() app: ApiClient, @Req() request: FastifyRequest): Promise<CmsSession> {
    const session = await this.sessions.open(this.handleOf(request), app.name);
    return this.describe(session.record);
  }

  @Delete('current')
  @OperationId('closeCmsSession')
  @HttpCode(204)
  @RequireScopes('cms:read')
  @NotPartnerData(WHY)
  async revoke(@CurrentApp() app: ApiClient, @Req() request: FastifyRequest): Promise<void> {
    // Migo documents no operator logout: the BFF forgets the tokens, which then expire at Migo.
    await this.sessions.revoke(await this.sessions.open(this.handleOf(request), app.name));
  }

  private handleOf(request: FastifyRequest): string {
    this.assertEnabled();
    const handle = sessionHandle(request);
    if (!handle) throw sessionRefused(`Send the session handle as ${CMS_SESSION_HEADER}`);
    return handle;
  }

  private assertEnabled(): void {
    if (!this.sessions.enabled) throw ProblemError.of(404, ProblemType.notFound, 'Not found', 'CMS operator sessions are not enabled on this BFF (CMS_OPERATOR_SESSIONS)');
  }

  private describe(record: OperatorSessionRecord): CmsSession {
    return { operator: record.operator, createdAt: new Date(record.createdAt).toISOString(), expiresAt: new Date(record.expiresAt).toISOString(), idleExpiresAt: new Date(this.sessions.idleExpiresAt(record)).toISOString() };
  }
}
