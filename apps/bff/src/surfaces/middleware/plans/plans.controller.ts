import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { MiddlewareClient } from '#middleware';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { PathSegmentPipe } from '../../shared/path-segment.pipe.js';
import { CreatePlanBody, ListPlansQuery, UpdatePlanBody } from './plan.dto.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { Partner } from '../../../access/object-refs.js';

/** Subscription plans (Middleware JWT); every plan belongs to one client. */
@Controller('v1/middleware/v1/plans')
export class MiddlewarePlansController {
  constructor(private readonly middleware: MiddlewareClient) {}

  @Post()
  @RequireScopes('middleware:write')
  @PartnerOf(Partner.body('client'))
  create(@CurrentApp() app: ApiClient, @Body() body: CreatePlanBody) {
    return this.middleware.plans.createPlan(body);
  }

  @Put()
  @RequireScopes('middleware:write')
  @PartnerOf(Partner.body('client'))
  update(@Body() body: UpdatePlanBody) {
    return this.middleware.plans.updatePlan(body);
  }

  @Get('list')
  @RequireScopes('middleware:read')
  @PartnerOf(Partner.query('client', { absent: 'app-partner' }))
  list(@Query() query: ListPlansQuery) {
    return this.middleware.plans.listPlans({ client: query.client! });
  }

  @Get(':planId/client/:client/detail')
  @RequireScopes('middleware:read')
  @PartnerOf(Partner.param('client'))
  detail(@Param('planId', PathSegmentPipe) planId: string, @Param('client', PathSegmentPipe) client: string) {
    return this.middleware.plans.getPlan(planId, client);
  }
}
