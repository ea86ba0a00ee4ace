import { Body, Controller, Delete, Get, HttpCode, Inject, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CmsClient } from '#cms';
import { isTerminal, JOB_ID_PATTERN, JOB_STORE, JOB_TRACKING, JobDto, JobKindClients, jobKindOf, JobRecord, JobStore, JobTracking, toJobDto, TRACKABLE_BY_ID } from '#jobs';
import { MiddlewareClient } from '#middleware';
import { WalletGatewayClient } from '#wallet-gateway';
import type { ApiClient } from '../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../auth/auth.decorators.js';
import { JobEventBus } from './job-event-bus.service.js';
import { accepted } from './job-responses.js';
import { JobStarter } from './job-starter.service.js';
import { GetJobQuery, ListJobsQuery, TrackJobBody } from './jobs.dto.js';
import { TrackableTargets } from './trackable-targets.js';
import { WaitingSlots } from './waiting-slots.js';
import { jobVisibleTo } from '../access/resolvers/job-owners.js';
import { streamed } from '../http/streamed-file.js';
import { ShutdownState } from '../health/shutdown-state.js';
import { OwnRecords, PartnerOf } from '../access/access-declaration.js';
import { Job, JobTarget } from '../access/object-refs.js';
import { AnsweredLocally, OperationId, Produces, Returns, StartsJob } from '../openapi/route-docs.js';
import { JobList } from './jobs.schemas.js';

function notFound(id: string): NotFoundException {
  return new NotFoundException(`No job ${id}`);
}

/** The job API: status (optionally long-polled), the app's list, tracking work started elsewhere, stopping. */
@Controller('v1/jobs')
export class JobsController {
  private readonly clients: JobKindClients;

  constructor(
    @Inject(JOB_STORE) private readonly store: JobStore,
    @Inject(JOB_TRACKING) private readonly tracking: JobTracking,
    private readonly bus: JobEventBus,
    private readonly starter: JobStarter,
    private readonly targets: TrackableTargets,
    private readonly shutdown: ShutdownState,
    private readonly slots: WaitingSlots,
    cms: CmsClient,
    wallet: WalletGatewayClient,
    middleware: MiddlewareClient,
  ) {
    this.clients = { cms, wallet, middleware };
  }

  @Get()
  @OperationId('listJobs')
  @Returns(JobList)
  @AnsweredLocally()
  @RequireScopes('jobs:read')
  @OwnRecords("the app's own jobs, each shown only when its object's partner is the app's")
  async list(@CurrentApp() app: ApiClient, @Query() query: ListJobsQuery): Promise<JobList> {
    const page = await this.store.list(app.name, { state: query.state, type: query.type, cursor: query.cursor, limit: query.limit ?? 20 });
    return { items: page.items.filter((record) => jobVisibleTo(app, record)).map((record) => toJobDto(record)), nextCursor: page.nextCursor };
  }

  @Post()
  @OperationId('trackJob')
  @HttpCode(202)
  @StartsJob(...TRACKABLE_BY_ID)
  @RequireScopes('jobs:read')
  @PartnerOf(JobTarget.body())
  async track(@CurrentApp() app: ApiClient, @Body() body: TrackJobBody, @Res({ passthrough: true }) reply: FastifyReply) {
    const { target, partnerId } = await this.targets.resolve(app, body.type, body.upstreamId, body.partnerId);
    const record = await this.starter.track(app.name, target, body.upstreamId, partnerId, 0);
    return accepted(reply, record, null);
  }

  @Get(':id')
  @OperationId('getJob')
  @Returns(JobDto)
  @AnsweredLocally()
  @RequireScopes('jobs:read')
  @PartnerOf(Job.param('id'))
  async get(@CurrentApp() app: ApiClient, @Param('id') id: string, @Query() query: GetJobQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<JobDto> {
    const record = await this.find(app, id);
    if (!query.wait || isTerminal(record.state) || (query.since && record.updatedAt > query.since)) return toJobDto(record);
    const release = this.slots.acquire('long-poll', app.name);
    try {
      return toJobDto(await this.waitForChange(app.name, record, query.wait * 1000, reply));
    } finally {
      release();
    }
  }

  @Delete(':id')
  @OperationId('cancelJob')
  @Returns(JobDto)
  @AnsweredLocally()
  @RequireScopes('jobs:read')
  @PartnerOf(Job.param('id'))
  async cancel(@CurrentApp() app: ApiClient, @Param('id') id: string): Promise<JobDto> {
    await this.find(app, id);
    const record = await this.tracking.cancel(app.name, id);
    if (!record) throw notFound(id);
    return toJobDto(record);
  }

  /** The file a job produced (a statement PDF), streamed from Migo as its kind fetches it. */
  @Get(':id/result')
  @OperationId('getJobResult')
  @Produces('file')
  @RequireScopes('jobs:read')
  @PartnerOf(Job.param('id'))
  async result(@CurrentApp() app: ApiClient, @Param('id') id: string) {
    const record = await this.find(app, id);
    const result = jobKindOf(record.type)?.result;
    if (result?.kind !== 'file' || record.state !== 'succeeded') throw new NotFoundException(`Job ${id} has no result file (its result is in the job)`);
    return streamed(await result.fetch(this.clients, record));
  }

  private async find(app: ApiClient, id: string): Promise<JobRecord> {
    const record = JOB_ID_PATTERN.test(id) ? await this.store.get(app.name, id) : undefined;
    if (!record) throw notFound(id); // another app's job is not found either
    return record;
  }

  /** Long-poll: subscribe first, then re-read, so a change between the two is not missed. */
  private async waitForChange(app: string, seen: JobRecord, waitMs: number, reply: FastifyReply): Promise<JobRecord> {
    let wake!: () => void;
    const changed = new Promise<void>((resolve) => (wake = resolve));
    const unsubscribe = await this.bus.subscribe(app, (event) => event.record?.id === seen.id && wake());
    const timer = setTimeout(() => wake(), waitMs);
    // The client leaving closes the response (the request's own 'close' only says its empty body was read).
    const onGone = () => wake();
    reply.raw.once('close', onGone);
    // A draining instance answers long-polls at once (with the current state) rather than keep them past its grace.
    const onDrain = () => wake();
    if (this.shutdown.draining) wake();
    else this.shutdown.signal.addEventListener('abort', onDrain, { once: true });
    try {
      const current = await this.store.get(app, seen.id);
      if (current && current.updatedAt !== seen.updatedAt) return current;
      await changed;
      return (await this.store.get(app, seen.id)) ?? seen;
    } finally {
      this.shutdown.signal.removeEventListener('abort', onDrain);
      reply.raw.off('close', onGone);
      clearTimeout(timer);
      unsubscribe();
    }
  }
}
