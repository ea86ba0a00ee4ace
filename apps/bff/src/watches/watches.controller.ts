import { Body, Controller, Delete, Get, HttpCode, Inject, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CmsClient } from '#cms';
import { ProblemError, ProblemType } from '#common';
import { JobKindClients, toWatchDto, WatchDto, WATCH_ID_PATTERN, WATCH_STORE, WATCH_TRACKING, WatchRecord, WatchStore, WatchTracking, watchTypeOf } from '#jobs';
import { MiddlewareClient } from '#middleware';
import { WalletGatewayClient } from '#wallet-gateway';
import type { ApiClient } from '../auth/api-clients.js';
import { forbidden } from '../auth/api-key.guard.js';
import { CurrentApp, RequireScopes } from '../auth/auth.decorators.js';
import { grants, Scope } from '../auth/scopes.js';
import { OwnRecords, PartnerOf } from '../access/access-declaration.js';
import { Watch, WatchTarget } from '../access/object-refs.js';
import { jobVisibleTo } from '../access/resolvers/job-owners.js';
import { watchObjectOf } from '../access/resolvers/watch-owners.js';
import { AlsoAnswers, AnsweredLocally, OperationId, Returns } from '../openapi/route-docs.js';
import { WatchEventList, WatchList } from './watches.schemas.js';
import { CreateWatchBody, ListWatchesQuery } from './watches.dto.js';
import { WATCHES_PER_APP } from './watches.tokens.js';

function notFound(id: string): NotFoundException {
  return new NotFoundException(`No watch ${id}`);
}

/**
 * Watches: work Migo does on its own schedule (a subscription's renewals, a card's status) reaches the app as `watch`
 * events on /v1/events. The worker polls each watch within the shared per-upstream poll budget.
 */
@Controller('v1/watches')
export class WatchesController {
  private readonly clients: JobKindClients;

  constructor(
    @Inject(WATCH_STORE) private readonly store: WatchStore,
    @Inject(WATCH_TRACKING) private readonly tracking: WatchTracking,
    @Inject(WATCHES_PER_APP) private readonly perApp: number,
    cms: CmsClient,
    wallet: WalletGatewayClient,
    middleware: MiddlewareClient,
  ) {
    this.clients = { cms, wallet, middleware };
  }

  /** 201 with a new watch; 200 with the app's active watch of the same object; 404 when Migo does not know it. */
  @Post()
  @OperationId('createWatch')
  @Returns(WatchDto)
  @AlsoAnswers(200, 'The app’s active watch of the same object, which already existed')
  @RequireScopes('jobs:read')
  @PartnerOf(WatchTarget.body())
  async create(@CurrentApp() app: ApiClient, @Body() body: CreateWatchBody, @Res({ passthrough: true }) reply: FastifyReply): Promise<WatchDto> {
    const type = watchTypeOf(body.type)!;
    const scope = `${type.upstream}:read` as Scope;
    if (!grants(app.scopes, scope)) throw forbidden(`App "${app.name}" lacks scope ${scope}`);
    // Cheap refusal before asking Migo; the store checks the limit again atomically.
    if ((await this.store.activeCount(app.name)) >= this.perApp) throw this.limitReached(app);
    const object = watchObjectOf(body.type, body.upstreamId);
    const { partnerId, cursor } = await type.watcher!.baseline(this.clients, object);
    if (body.partnerId && body.partnerId !== partnerId) throw ProblemError.of(404, ProblemType.notFound, 'Not found', `Partner "${body.partnerId}" has no ${body.type} ${body.upstreamId}`);
    const created = await this.store.create({ app: app.name, type: body.type, upstreamId: body.upstreamId, partnerId: partnerId ?? undefined, cursor, limit: this.perApp });
    if (created.outcome === 'limit') throw this.limitReached(app);
    // Enqueued again for an existing watch too: a no-op when its poller exists, and a repair if it was lost.
    await this.tracking.start(created.record, 0);
    reply.status(created.outcome === 'created' ? 201 : 200).header('location', `/v1/watches/${created.record.id}`);
    return toWatchDto(created.record);
  }

  @Get()
  @OperationId('listWatches')
  @Returns(WatchList)
  @AnsweredLocally()
  @RequireScopes('jobs:read')
  @OwnRecords("the app's own watches, each shown only when its object's partner is the app's")
  async list(@CurrentApp() app: ApiClient, @Query() query: ListWatchesQuery): Promise<WatchList> {
    const page = await this.store.list(app.name, { cursor: query.cursor, limit: query.limit ?? 20 });
    return { items: page.items.filter((record) => jobVisibleTo(app, record)).map(toWatchDto), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @OperationId('getWatch')
  @Returns(WatchDto)
  @AnsweredLocally()
  @RequireScopes('jobs:read')
  @PartnerOf(Watch.param('id'))
  async get(@CurrentApp() app: ApiClient, @Param('id') id: string): Promise<WatchDto> {
    return toWatchDto(await this.find(app, id));
  }

  /** This watch's events still kept in the app's history (the same ids as on /v1/events), oldest first. */
  @Get(':id/events')
  @OperationId('listWatchEvents')
  @Returns(WatchEventList)
  @AnsweredLocally()
  @RequireScopes('jobs:read')
  @PartnerOf(Watch.param('id'))
  async events(@CurrentApp() app: ApiClient, @Param('id') id: string): Promise<WatchEventList> {
    await this.find(app, id);
    return { items: (await this.store.events(app.name, id)).map(({ id: eventId, data }) => ({ id: eventId, ...data })) };
  }

  /** Stops the watch (no more events); the answer is the watch as it ended. Deleting an ended watch changes nothing. */
  @Delete(':id')
  @OperationId('deleteWatch')
  @Returns(WatchDto)
  @AnsweredLocally()
  @RequireScopes('jobs:read')
  @PartnerOf(Watch.param('id'))
  async remove(@CurrentApp() app: ApiClient, @Param('id') id: string): Promise<WatchDto> {
    const record = await this.find(app, id);
    if (await this.store.delete(record)) await this.tracking.stop(record);
    return toWatchDto((await this.store.get(app.name, id)) ?? record);
  }

  private async find(app: ApiClient, id: string): Promise<WatchRecord> {
    const record = WATCH_ID_PATTERN.test(id) ? await this.store.get(app.name, id) : undefined;
    if (!record || !jobVisibleTo(app, record)) throw notFound(id); // another app's watch is not found either
    return record;
  }

  private limitReached(app: ApiClient): ProblemError {
    return ProblemError.of(409, ProblemType.conflict, 'Too many watches', `App "${app.name}" already has ${this.perApp} active watches; delete one first`);
  }
}
