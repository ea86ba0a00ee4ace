import { Body, Controller, Delete, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ok } from '../../core/envelopes.js';
import { MiddlewareJwtGuard } from '../auth/middleware-jwt.guard.js';
import { requireClient } from '../shared/clients.js';
import { suspensionView } from './suspension.js';
import { CreateSuspensionBody, ListSuspensionsQuery, RemoveSuspensionQuery } from './suspension.dto.js';
import { SuspensionStore } from './suspension-store.js';

/** Fraud block and allow lists per client (Middleware JWT; the "Suspensions" tag). */
@Controller('v1/suspensions')
@UseGuards(MiddlewareJwtGuard)
export class SuspensionsController {
  constructor(private readonly suspensions: SuspensionStore) {}

  @Get()
  list(@Query() query: ListSuspensionsQuery) {
    requireClient(query.client);
    const page = this.suspensions.list(query.client, query.list, query.page ?? 1, query.limit ?? 20);
    return ok({ ...page, items: page.items.map(suspensionView) }, 'Suspensions found');
  }

  /** 201 with a new entry; 200 with the existing one when the same client, list, type and value is already listed. */
  @Post()
  create(@Body() body: CreateSuspensionBody, @Res({ passthrough: true }) reply: FastifyReply) {
    requireClient(body.client);
    const { entry, created } = this.suspensions.create(body);
    reply.status(created ? 201 : 200);
    return ok(suspensionView(entry), created ? 'Suspension created' : 'Suspension already exists');
  }

  @Delete(':id')
  remove(@Param('id') id: string, @Query() query: RemoveSuspensionQuery) {
    requireClient(query.client);
    return ok(suspensionView(this.suspensions.remove(query.client, id)), 'Suspension removed');
  }
}
