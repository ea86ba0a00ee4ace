import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { MiddlewareJwtGuard } from '../auth/middleware-jwt.guard.js';
import { requireClient } from '../shared/clients.js';
import { planView } from './plan.js';
import { CreatePlanBody, ListPlansQuery, UpdatePlanBody } from './plan.dto.js';
import { PlanStore } from './plan-store.js';

@Controller('v1/plans')
@UseGuards(MiddlewareJwtGuard)
export class PlansController {
  constructor(private readonly plans: PlanStore) {}

  @Post()
  @HttpCode(201)
  create(@Body() body: CreatePlanBody) {
    requireClient(body.client);
    return ok(planView(this.plans.create(body.client, body.plan)), 'Plan created');
  }

  @Put()
  update(@Body() body: UpdatePlanBody) {
    requireClient(body.client);
    return ok(planView(this.plans.update(body.client, body.planUid, body.plan)), 'Plan updated');
  }

  @Get('list')
  list(@Query() query: ListPlansQuery) {
    requireClient(query.client);
    return ok(this.plans.list(query.client).map(planView), 'Plans found');
  }

  @Get(':planId/client/:client/detail')
  detail(@Param('planId') planId: string, @Param('client') client: string) {
    requireClient(client);
    return ok(planView(this.plans.get(client, planId)), 'Plan found');
  }
}
