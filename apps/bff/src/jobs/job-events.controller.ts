import { Controller, Get, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { JOB_ID_PATTERN, JOB_STORE, JobStore } from '#jobs';
import type { ApiClient } from '../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../auth/auth.decorators.js';
import { JobEventStreams } from './job-event-streams.service.js';
import { SSE_KEEPALIVE_MS } from './jobs.tokens.js';
import { SseStream } from './sse-stream.js';
import { WaitingSlots } from './waiting-slots.js';
import { jobVisibleTo } from '../access/resolvers/job-owners.js';
import { OwnRecords, PartnerOf } from '../access/access-declaration.js';
import { Job } from '../access/object-refs.js';
import { AnsweredLocally, OperationId, Produces } from '../openapi/route-docs.js';

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
    private readonly slots: WaitingSlots,
  ) {}

  @Get('jobs/:id/events')
  @OperationId('streamJobEvents')
  @Produces('event-stream')
  @AnsweredLocally()
  @RequireScopes('jobs:read')
  @PartnerOf(Job.param('id'))
  async jobEvents(@CurrentApp() app: ApiClient, @Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (!JOB_ID_PATTERN.test(id) || !(await this.store.get(app.name, id))) throw new NotFoundException(`No job ${id}`);
    await this.streams.serve(this.open(app, request, reply), app.name, { jobId: id, lastEventId: lastEventId(request) });
  }

  @Get('events')
  @OperationId('streamAppEvents')
  @Produces('event-stream')
  @AnsweredLocally()
  @RequireScopes('jobs:read')
  @OwnRecords("the app's own jobs' events, each sent only when its job's partner is the app's")
  async appEvents(@CurrentApp() app: ApiClient, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.streams.serve(this.open(app, request, reply), app.name, { lastEventId: lastEventId(request), visible: (job) => jobVisibleTo(app, job) });
  }

  /** Takes one of the app's stream slots (429 when none is left), given back when the stream closes. */
  private open(app: ApiClient, request: FastifyRequest, reply: FastifyReply): SseStream {
    const release = this.slots.acquire('stream', app.name);
    const stream = new SseStream(request, reply, this.keepAliveMs);
    stream.onClose(release);
    return stream;
  }
}
