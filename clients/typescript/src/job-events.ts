import type { Job } from './jobs.js';
import { MigoBffProblem } from './problem.js';
import { readServerSentMessages } from './server-sent-events.js';

/** The events of `GET /v1/jobs/{id}/events`; every one has an id to resume after. Other event names are skipped. */
export type JobStreamEvent =
  | { event: 'snapshot' | 'job'; id: string; data: Job }
  | { event: 'resync' | 'end'; id: string; data: { reason: string } };

export interface WatchJobOptions {
  /** Resume after this event (an `id` this stream gave before): only the events missed since come. */
  lastEventId?: string;
  signal?: AbortSignal;
  /** Reconnections in a row that bring no event before giving up with the last error (default 20). */
  maxReconnects?: number;
  /** Told before each reconnection: after how long, and from which event. */
  onReconnect?: (reconnect: { inMs: number; lastEventId: string | undefined; cause: unknown }) => void;
}

interface EventSource {
  url: string;
  authorization: string;
  fetch: typeof globalThis.fetch;
}

const EVENTS = new Set(['snapshot', 'job', 'resync', 'end']);
/** When the stream ends without a `retry:` hint (a dropped connection). */
const DEFAULT_RETRY_MS = 1000;

/**
 * Follows the stream until the job's `end` event. When the connection drops, or the BFF ends it with `retry:` (a
 * restart), it reconnects after that delay with `Last-Event-ID`: the BFF replays exactly what was missed. A refusal
 * (4xx other than 429) is thrown as MigoBffProblem at once; a 429/5xx or a network error is retried like a drop.
 */
export async function* watchJobEvents(source: EventSource, options: WatchJobOptions = {}): AsyncGenerator<JobStreamEvent> {
  let lastEventId = options.lastEventId;
  let fruitless = 0;
  for (;;) {
    let retryMs = DEFAULT_RETRY_MS;
    let cause: unknown = new Error('The event stream ended before the job did');
    const connection = new AbortController();
    const stop = () => connection.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', stop, { once: true });
    try {
      options.signal?.throwIfAborted();
      const response = await source.fetch(source.url, {
        headers: { authorization: source.authorization, accept: 'text/event-stream', ...(lastEventId === undefined ? {} : { 'last-event-id': lastEventId }) },
        signal: connection.signal,
      });
      if (!response.ok || !response.body) {
        const problem = await MigoBffProblem.fromResponse(response);
        if (problem.status < 500 && problem.status !== 429) throw problem;
        retryMs = (problem.retryAfterSeconds ?? 1) * 1000;
        cause = problem;
      } else {
        for await (const message of readServerSentMessages(response.body)) {
          if (message.retry !== undefined) retryMs = message.retry;
          if (message.data === undefined || message.id === undefined) continue;
          // Parsed before it counts as received: a malformed event is asked for again, and not forever.
          const data: unknown = JSON.parse(message.data);
          lastEventId = message.id;
          fruitless = 0;
          if (!EVENTS.has(message.event ?? 'message')) continue;
          const event = { event: message.event, id: message.id, data } as JobStreamEvent;
          yield event;
          if (event.event === 'end') return;
        }
      }
    } catch (error) {
      if (error instanceof MigoBffProblem || options.signal?.aborted) throw error;
      cause = error;
    } finally {
      options.signal?.removeEventListener('abort', stop);
      connection.abort();
    }
    if (++fruitless > (options.maxReconnects ?? 20)) throw cause;
    options.onReconnect?.({ inMs: retryMs, lastEventId, cause });
    await delay(retryMs, options.signal);
  }
}

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}
