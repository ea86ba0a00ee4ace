import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { MiddlewareClient } from '#middleware';
import type { ApiClient } from '../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../auth/auth.decorators.js';
import { PathSegmentPipe } from '../shared/path-segment.pipe.js';
import { assertClientAllowed, scopedClient } from './client-access.js';
import { CreatePlanBody, ListPlansQuery, UpdatePlanBody } from './dto/plan.dto.js';

/** Subscription plans (Middleware JWT); every plan belongs to one client. */
@Controller('v1/middleware/v1/plans')
export class MiddlewarePlansController {
  constructor(private readonly middleware: MiddlewareClient) {}

  @Post()
  @RequireScopes('middleware:write')
  create(@CurrentApp() app: ApiClient, @Body() body: CreatePlanBody) {
    assertClientAllowed(app, body.client);
    return this.middleware.createPlan(body);
  }

  @Put()
  @RequireScopes('middleware:write')
  update(@CurrentApp() app: ApiClient, @Body() body: UpdatePlanBody) {
    assertClientAllowed(app, body.client);
    return this.middleware.updatePlan(body);
  }

  @Get('list')
  @RequireScopes('middleware:read')
  list(@CurrentApp() app: ApiClient, @Query() query: ListPlansQuery) {
    return this.middleware.listPlans({ client: scopedClient(app, query.client, 'client', true)! });
  }

  @Get(':planId/client/:client/detail')
  @RequireScopes('middleware:read')
  detail(@CurrentApp() app: ApiClient, @Param('planId', PathSegmentPipe) planId: string, @Param('client', PathSegmentPipe) client: string) {
    assertClientAllowed(app, client);
    return this.middleware.getPlan(planId, client);
  }
}
