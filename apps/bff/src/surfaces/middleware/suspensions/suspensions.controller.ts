import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { MiddlewareClient, SuspensionEntry, SuspensionPage } from '#middleware';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { Idempotent } from '../../../http/idempotency.interceptor.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { Partner } from '../../../access/object-refs.js';
import { PathSegmentPipe } from '../../shared/path-segment.pipe.js';
import { OperationId, Returns } from '../../../openapi/route-docs.js';
import { CreateSuspensionBody, ListSuspensionsQuery, RemoveSuspensionQuery } from './suspension.dto.js';

/**
 * Fraud block and allow lists (Migo's "Suspensions"): per client, so every route names the client. Creating and
 * removing change what Migo lets through, so they take `Idempotency-Key`.
 */
@Controller('v1/middleware/suspensions')
export class MiddlewareSuspensionsController {
  constructor(private readonly middleware: MiddlewareClient) {}

  @Get()
  @OperationId('listSuspensions')
  @Returns(SuspensionPage)
  @RequireScopes('middleware:read')
  @PartnerOf(Partner.query('client', { absent: 'app-partner' }))
  list(@Query() query: ListSuspensionsQuery): Promise<SuspensionPage> {
    return this.middleware.suspensions.listSuspensions({ client: query.client!, list: query.list, page: query.page, limit: query.limit });
  }

  /** Migo answers an entry already listed (same client, list, type and value) with that entry. */
  @Post()
  @OperationId('createSuspension')
  @Returns(SuspensionEntry)
  @RequireScopes('middleware:write')
  @PartnerOf(Partner.body('client'))
  @Idempotent()
  create(@Body() body: CreateSuspensionBody): Promise<SuspensionEntry> {
    return this.middleware.suspensions.createSuspension({ client: body.client, list: body.list, type: body.type, value: body.value, reason: body.reason });
  }

  @Delete(':id')
  @OperationId('removeSuspension')
  @Returns(SuspensionEntry)
  @RequireScopes('middleware:write')
  @PartnerOf(Partner.query('client'))
  @Idempotent()
  remove(@Param('id', PathSegmentPipe) id: string, @Query() query: RemoveSuspensionQuery): Promise<SuspensionEntry> {
    return this.middleware.suspensions.removeSuspension(id, query.client);
  }
}
