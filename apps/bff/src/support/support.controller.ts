import { Controller, Get, Inject, Param } from '@nestjs/common';
import { acceptOrGenerateRequestId, ProblemError, ProblemType } from '#common';
import type { ApiClient } from '../auth/api-clients.js';
import { ApiClientRegistry } from '../auth/api-clients.js';
import { API_CLIENTS } from '../auth/api-key.guard.js';
import { CurrentApp, RequireScopes } from '../auth/auth.decorators.js';
import { grants } from '../auth/scopes.js';
import { OwnRecords } from '../access/access-declaration.js';
import { SUPPORT_RETENTION_SECONDS, SupportExchangeStore } from './support-exchange-store.js';
import { supportRecordView } from './support-view.js';
import { SupportRecord } from './support.schemas.js';
import { OperationId, Returns } from '../openapi/route-docs.js';

function notFound(): ProblemError {
  return ProblemError.of(404, ProblemType.notFound, 'Not found', `No upstream exchanges recorded for this request id (they are kept ${SUPPORT_RETENTION_SECONDS / 86_400} days)`);
}

/** What Migo's support asks for: the redacted upstream exchanges of one request, by its x-request-id. */
@Controller('v1/support')
export class SupportController {
  constructor(
    private readonly store: SupportExchangeStore,
    @Inject(API_CLIENTS) private readonly clients: ApiClientRegistry,
  ) {}

  /**
   * No scope listed: every authenticated app may read its own requests (the guard still demands a known key);
   * `admin` reads any app's. Another app's request is not found, like an unknown one. What an app sees of its own
   * request: support-view.ts.
   */
  @Get('requests/:requestId')
  @OperationId('getSupportRecord')
  @Returns(SupportRecord)
  @RequireScopes()
  @OwnRecords("the app's own requests (another app's are not found); the BFF's own lookups only for admins")
  async exchanges(@CurrentApp() app: ApiClient, @Param('requestId') requestId: string): Promise<SupportRecord> {
    // An id the BFF would never have accepted cannot have been recorded.
    if (acceptOrGenerateRequestId(requestId) !== requestId) throw notFound();
    const admin = grants(app.scopes, 'admin');
    const view = supportRecordView(requestId, await this.store.find(admin ? this.clients.appNames() : [app.name], requestId), admin);
    if (!view) throw notFound();
    return view;
  }
}
