import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { EventCursor, isTerminal, JOB_STORE, JobRecord, JobStore, parseEventId, StreamEvent, streamIdTime, toJobDto } from '#jobs';
import { JobEventBus } from './job-event-bus.service.js';
import { SseStream } from './sse-stream.js';
import { WAITING_LIMITS } from './waiting-slots.js';
import type { WaitingLimits } from './waiting-slots.js';

/** A resume reads history in pages of this many events, at most BFF_SSE_MAX_REPLAY in all; further behind, the current state. */
const REPLAY_PAGE_SIZE = 1000;

export interface StreamOptions {
  /** One job's stream (it ends with the job); else every job of the app. */
  jobId?: string;
  lastEventId?: string;
  /** Jobs the app may see (its partners'); others are read past, never sent. */
  visible?: (job: { partnerId?: string }) => boolean;
}
/**
 * A resync snapshot holds the jobs that finished since the client's last event, and this much before it: job times are
 * the worker's clock, event ids Redis's.
 */
const FINISHED_CLOCK_MARGIN_MS = 60_000;
/**
 * Clients reconnect this long after the BFF ends their stream on shutdown (EventSource `retry:`), plus up to
 * SHUTDOWN_RETRY_JITTER_MS so that the streams of a stopped instance do not all come back at the same instant.
 */
export const SHUTDOWN_RETRY_MS = 2000;
export const SHUTDOWN_RETRY_JITTER_MS = 3000;

/**
 * Serves job events over SSE: a snapshot first (or, with Last-Event-ID, exactly the events missed), then every change.
 * A `job` event's id is its stream id; the BFF's own events (`resync`, `snapshot`, `end`) get ids of their own after
 * it (libs/jobs event-ids.ts). Subscribing happens before the snapshot/replay and duplicates are dropped by position,
 * so a change can be neither missed nor sent twice. A job's own stream moves its position past other jobs' events too.
 */
@Injectable()
export class JobEventStreams implements BeforeApplicationShutdown {
  private readonly logger = new Logger(JobEventStreams.name);
  private readonly open = new Set<SseStream>();
  private closing = false;

  constructor(
    @Inject(JOB_STORE) private readonly store: JobStore,
    private readonly bus: JobEventBus,
    @Inject(WAITING_LIMITS) private readonly limits: WaitingLimits,
  ) {}

  get openStreams(): number {
    return this.open.size;
  }

  async serve(stream: SseStream, app: string, options: StreamOptions): Promise<void> {
    // A stream asked for while this instance drains is sent elsewhere at once.
    if (this.closing) return stream.end(retryDelay());
    this.open.add(stream);
    stream.onClose(() => this.open.delete(stream));
    try {
      await this.start(stream, app, options);
    } catch (error) {
      // Redis failed while the stream started: the client comes back (with its Last-Event-ID) a little later.
      this.logger.warn({ app, err: error instanceof Error ? error.message : String(error) }, 'job event stream could not start');
      stream.end(retryDelay());
    }
  }

  private async start(stream: SseStream, app: string, options: StreamOptions): Promise<void> {
    const resumeFrom = parseEventId(options.lastEventId);
    const cursor = new EventCursor(resumeFrom);
    let live = false;
    const buffered: StreamEvent[] = [];

    const deliver = (event: StreamEvent) => {
      if (!stream.isOpen || !cursor.pass(event.id)) return;
      if (event.watch) {
        // A watch's change: on the app's stream only (a job's own stream reads past it), for the watched object's partner.
        if (!options.jobId && (!options.visible || options.visible(event.watch))) stream.send({ id: event.id, event: 'watch', data: event.watch });
        return;
      }
      if (options.jobId && event.record.id !== options.jobId) return;
      if (options.visible && !options.visible(event.record)) return;
      stream.send({ id: event.id, event: 'job', data: toJobDto(event.record) });
      if (options.jobId && isTerminal(event.record.state)) this.finish(stream, cursor);
    };

    const unsubscribe = await this.bus.subscribe(app, (event) => (live ? deliver(event) : buffered.push(event)));
    stream.onClose(unsubscribe);

    const replayed = resumeFrom ? await this.replay(stream, app, cursor, deliver) : false;
    if (!replayed && stream.isOpen) await this.sendSnapshot(stream, app, options, cursor, !!resumeFrom);

    live = true;
    buffered.splice(0).forEach(deliver);
    if (replayed && options.jobId && stream.isOpen) await this.endIfFinished(stream, app, options.jobId, cursor, deliver);
  }

  /**
   * The events after the cursor, in pages, while the history still holds them and the client is not too far behind
   * (bounded work per request). False when the client needs the current state instead.
   */
  private async replay(stream: SseStream, app: string, cursor: EventCursor, deliver: (event: StreamEvent) => void): Promise<boolean> {
    return (await this.store.historyKeptSince(app, cursor.stream)) && this.catchUp(stream, app, cursor, deliver);
  }

  private async catchUp(stream: SseStream, app: string, cursor: EventCursor, deliver: (event: StreamEvent) => void): Promise<boolean> {
    for (let page = 0; page < Math.ceil(this.limits.maxReplay / REPLAY_PAGE_SIZE); page++) {
      const { events } = await this.store.streamEventsAfter(app, cursor.stream, REPLAY_PAGE_SIZE);
      events.forEach(deliver);
      if (events.length < REPLAY_PAGE_SIZE || !stream.isOpen) return true;
    }
    return false;
  }

  /**
   * A job's stream resumed after the job ended (the client missed the `end`, or the terminal event is still on its way
   * to this instance): the job's events the client lacks, then the end. The terminal event is written in one step with
   * the state, so once the record reads finished, the history holds it.
   */
  private async endIfFinished(stream: SseStream, app: string, jobId: string, cursor: EventCursor, deliver: (event: StreamEvent) => void): Promise<void> {
    const record = await this.store.get(app, jobId);
    if (!record || !isTerminal(record.state) || !stream.isOpen) return;
    if (!(await this.catchUp(stream, app, cursor, deliver))) return this.sendSnapshot(stream, app, { jobId }, cursor, true);
    if (stream.isOpen) this.finish(stream, cursor);
  }

  /**
   * Graceful shutdown: ends every stream with a `retry:` hint, so clients reconnect (to another instance if need be)
   * with their Last-Event-ID and miss nothing. Called by the drain, and again by Nest on close.
   */
  endAll(): number {
    this.closing = true;
    const ended = this.open.size;
    for (const stream of this.open) stream.end(retryDelay());
    return ended;
  }

  beforeApplicationShutdown(): void {
    this.endAll();
  }

  /**
   * The current state, holding every event up to the newest one (read before the state, so anything after it is
   * delivered live). After a gap (`resync`) the app's snapshot also holds the jobs that finished since the client's
   * last event; jobs are read in pages, with no cap, and only those the app may see.
   */
  private async sendSnapshot(stream: SseStream, app: string, options: StreamOptions, cursor: EventCursor, resync: boolean): Promise<void> {
    const jobId = options.jobId;
    const finishedSince = streamIdTime(cursor.stream) - FINISHED_CLOCK_MARGIN_MS;
    const latest = await this.store.latestEventId(app);
    if (resync) stream.send({ id: cursor.own(latest), event: 'resync', data: { reason: 'The events after Last-Event-ID are no longer kept; here is the current state' } });
    if (jobId) {
      const record = await this.store.get(app, jobId);
      if (!record) return stream.end();
      stream.send({ id: cursor.own(latest), event: 'snapshot', data: toJobDto(record) });
      if (isTerminal(record.state)) this.finish(stream, cursor);
      return;
    }
    const [active, finished] = await Promise.all([this.store.activeJobs(app), resync ? this.store.finishedSince(app, finishedSince) : []]);
    // A job that finished between the two reads is in both: its newer record wins.
    const jobs = new Map<string, JobRecord>();
    for (const record of [...active, ...finished]) {
      if (options.visible && !options.visible(record)) continue;
      if (!jobs.has(record.id) || jobs.get(record.id)!.updatedAt < record.updatedAt) jobs.set(record.id, record);
    }
    stream.send({ id: cursor.own(latest), event: 'snapshot', data: { jobs: [...jobs.values()].map((record) => toJobDto(record)) } });
  }

  /** A single job's stream ends once the job has finished: one `end` event (an id of its own), then the connection closes. */
  private finish(stream: SseStream, cursor: EventCursor): void {
    stream.send({ id: cursor.own(cursor.stream), event: 'end', data: { reason: 'job finished' } });
    stream.end();
  }
}

function retryDelay(): number {
  return SHUTDOWN_RETRY_MS + Math.floor(Math.random() * SHUTDOWN_RETRY_JITTER_MS);
}
