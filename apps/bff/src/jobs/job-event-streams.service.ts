import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { compareStreamIds, isTerminal, JobEvent, JobStore, toJobDto } from '#jobs';
import { JobEventBus } from './job-event-bus.service.js';
import { JOB_STORE } from './jobs.tokens.js';
import { SseStream } from './sse-stream.js';
import { WAITING_LIMITS } from './waiting-slots.js';
import type { WaitingLimits } from './waiting-slots.js';

const STREAM_ID = /^\d+-\d+$/;
/**
 * Clients reconnect this long after the BFF ends their stream on shutdown (EventSource `retry:`), plus up to
 * SHUTDOWN_RETRY_JITTER_MS so that the streams of a stopped instance do not all come back at the same instant.
 */
export const SHUTDOWN_RETRY_MS = 2000;
export const SHUTDOWN_RETRY_JITTER_MS = 3000;

/**
 * Serves job events over SSE: a snapshot first (or, with Last-Event-ID, exactly the events missed), then every change,
 * each with its stream id. Subscribing happens before the snapshot/replay and duplicates are dropped by id, so a
 * change can be neither missed nor sent twice.
 */
@Injectable()
export class JobEventStreams implements BeforeApplicationShutdown {
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

  async serve(stream: SseStream, app: string, options: { jobId?: string; lastEventId?: string; visible?: (job: { partnerId?: string }) => boolean }): Promise<void> {
    // A stream asked for while this instance drains is sent elsewhere at once.
    if (this.closing) return stream.end(retryDelay());
    this.open.add(stream);
    stream.onClose(() => this.open.delete(stream));
    let lastSent = '0-0';
    let live = false;
    const buffered: JobEvent[] = [];

    const deliver = (event: JobEvent) => {
      if (!stream.isOpen || compareStreamIds(event.id, lastSent) <= 0) return;
      if (options.jobId && event.job.id !== options.jobId) return;
      if (options.visible && !options.visible(event.job)) return;
      stream.send({ id: event.id, event: 'job', data: event.job });
      lastSent = event.id;
      if (options.jobId && isTerminal(event.job.state)) this.finish(stream, event.id);
    };

    const unsubscribe = await this.bus.subscribe(app, (event) => (live ? deliver(event) : buffered.push(event)));
    stream.onClose(unsubscribe);

    const resumeFrom = options.lastEventId && STREAM_ID.test(options.lastEventId) ? options.lastEventId : undefined;
    let replayed = false;
    if (resumeFrom) {
      const first = await this.store.eventsAfter(app, resumeFrom);
      if (!first.gap) {
        replayed = true;
        lastSent = resumeFrom;
        // The read position is the last event read, not the last one sent: events of the app's other jobs (or ones it
        // may not see) are read past, not read again. At most maxReplay events per request; further behind, a snapshot.
        let read = 0;
        let page = first.events;
        while (page.length > 0 && stream.isOpen) {
          if (read >= this.limits.maxReplay) {
            replayed = false;
            stream.send({ event: 'resync', data: { reason: `More than ${this.limits.maxReplay} events were missed; here is the current state` } });
            break;
          }
          page.forEach(deliver);
          read += page.length;
          page = (await this.store.eventsAfter(app, page[page.length - 1].id)).events;
        }
      } else {
        stream.send({ event: 'resync', data: { reason: 'The events after Last-Event-ID are no longer kept; here is the current state' } });
      }
    }
    if (!replayed && stream.isOpen) await this.sendSnapshot(stream, app, options, (id) => (lastSent = id));

    live = true;
    buffered.splice(0).forEach(deliver);
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

  private async sendSnapshot(stream: SseStream, app: string, options: { jobId?: string; visible?: (job: { partnerId?: string }) => boolean }, markSent: (id: string) => void): Promise<void> {
    const jobId = options.jobId;
    // The newest event id is read before the state, so anything after it is delivered live.
    const latest = await this.store.latestEventId(app);
    if (jobId) {
      const record = await this.store.get(app, jobId);
      if (!record) return stream.end();
      stream.send({ id: latest, event: 'snapshot', data: toJobDto(record) });
      markSent(latest);
      if (isTerminal(record.state)) this.finish(stream, latest);
      return;
    }
    const [running, queued] = await Promise.all([this.store.list(app, { state: 'running', limit: 100 }), this.store.list(app, { state: 'queued', limit: 100 })]);
    const jobs = [...running.items, ...queued.items].filter((record) => !options.visible || options.visible(record));
    stream.send({ id: latest, event: 'snapshot', data: { jobs: jobs.map((record) => toJobDto(record)) } });
    markSent(latest);
  }

  /** A single job's stream ends once the job has finished: one `end` event, then the connection closes. */
  private finish(stream: SseStream, id: string): void {
    stream.send({ id, event: 'end', data: { reason: 'job finished' } });
    stream.end();
  }
}

function retryDelay(): number {
  return SHUTDOWN_RETRY_MS + Math.floor(Math.random() * SHUTDOWN_RETRY_JITTER_MS);
}
