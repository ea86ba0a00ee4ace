import { Controller, Get, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { JOB_ID_PATTERN, JobStore } from '#jobs';
import type { ApiClient } from '../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../auth/auth.decorators.js';
import { JobEventStreams } from './job-event-streams.service.js';
import { JOB_STORE, SSE_KEEPALIVE_MS } from './jobs.tokens.js';
import { SseStream } from './sse-stream.js';

function lastEventId(request: FastifyRequest): string | undefined {
  const header = request.headers['last-event-id'];
  return Array.isArray(header) ? header[0] : header;
}

/** Live job events over SSE: one job, or every job of the calling app. */
@Controller('v1')
export class JobEventsController {
  constructor(
    @Inject(JOB_STORE) private readonly store: JobStore,
    @Inject(SSE_KEEPALIVE_MS) private readonly keepAliveMs: number,
    private readonly streams: JobEventStreams,
  ) {}

  @Get('jobs/:id/events')
  @RequireScopes('jobs:read')
  async jobEvents(@CurrentApp() app: ApiClient, @Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (!JOB_ID_PATTERN.test(id) || !(await this.store.get(app.name, id))) throw new NotFoundException(`No job ${id}`);
    await this.streams.serve(new SseStream(request, reply, this.keepAliveMs), app.name, { jobId: id, lastEventId: lastEventId(request) });
  }

  @Get('events')
  @RequireScopes('jobs:read')
  async appEvents(@CurrentApp() app: ApiClient, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.streams.serve(new SseStream(request, reply, this.keepAliveMs), app.name, { lastEventId: lastEventId(request) });
  }
}
