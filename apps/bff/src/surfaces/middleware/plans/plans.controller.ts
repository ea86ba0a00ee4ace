import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { MiddlewareClient, Plan, PlanList } from '#middleware';
import type { ApiClient } from '../../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../../auth/auth.decorators.js';
import { PathSegmentPipe } from '../../shared/path-segment.pipe.js';
import { CreatePlanBody, ListPlansQuery, UpdatePlanBody } from './plan.dto.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { Partner } from '../../../access/object-refs.js';
import { OperationId, Returns } from '../../../openapi/route-docs.js';

/** Subscription plans (Middleware JWT); every plan belongs to one client. */
@Controller('v1/middleware/v1/plans')
export class MiddlewarePlansController {
  constructor(private readonly middleware: MiddlewareClient) {}

  @Post()
  @OperationId('createPlan')
  @Returns(Plan)
  @RequireScopes('middleware:write')
  @PartnerOf(Partner.body('client'))
  create(@CurrentApp() app: ApiClient, @Body() body: CreatePlanBody): Promise<Plan> {
    return this.middleware.plans.createPlan(body);
  }

  @Put()
  @OperationId('updatePlan')
  @Returns(Plan)
  @RequireScopes('middleware:write')
  @PartnerOf(Partner.body('client'))
  update(@Body() body: UpdatePlanBody): Promise<Plan> {
    return this.middleware.plans.updatePlan(body);
  }

  @Get('list')
  @OperationId('listPlans')
  @Returns(PlanList)
  @RequireScopes('middleware:read')
  @PartnerOf(Partner.query('client', { absent: 'app-partner' }))
  list(@Query() query: ListPlansQuery): Promise<PlanList> {
    return this.middleware.plans.listPlans({ client: query.client! });
  }

  @Get(':planId/client/:client/detail')
  @OperationId('getPlan')
  @Returns(Plan)
  @RequireScopes('middleware:read')
  @PartnerOf(Partner.param('client'))
  detail(@Param('planId', PathSegmentPipe) planId: string, @Param('client', PathSegmentPipe) client: string): Promise<Plan> {
    return this.middleware.plans.getPlan(planId, client);
  }
}
