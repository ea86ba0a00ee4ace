import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';

const eventStreams = new WeakSet<IncomingMessage>();

/**
 * A client that stops reading is cut off once this much is waiting for it (a stalled mobile connection, a paused
 * consumer): its events are not piled up in the BFF's memory. It reconnects with Last-Event-ID and misses nothing.
 */
export const SSE_MAX_BUFFERED_BYTES = 256 * 1024;
const SLOW_CLIENT_RETRY_MS = 1000;

/** Whether this request became an SSE stream (request metrics leave those out: their duration is a connection's life). */
export function isEventStream(request: IncomingMessage): boolean {
  return eventStreams.has(request);
}

export interface SseEvent {
  id?: string;
  event?: string;
  data: unknown;
}

/**
 * A text/event-stream response written by hand (the route answers nothing else once it starts): named events with
 * ids, comment keep-alives, a `retry:` hint when the server ends the stream on purpose.
 */
export class SseStream {
  private closed = false;
  private readonly closeListeners: Array<() => void> = [];
  private keepAlive?: NodeJS.Timeout;

  constructor(
    request: FastifyRequest,
    private readonly reply: FastifyReply,
    keepAliveMs: number,
  ) {
    eventStreams.add(request.raw);
    reply.hijack();
    reply.raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    reply.raw.write(': connected\n\n');
    this.keepAlive = setInterval(() => this.comment('keep-alive'), keepAliveMs);
    this.keepAlive.unref();
    // The response's 'close' (ended, or its connection gone), not the request's: an IncomingMessage also emits 'close'
    // once its (empty) body has been read, which released a stream's slot while the stream was still open.
    reply.raw.on('close', () => this.markClosed());
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  send(event: SseEvent): void {
    if (this.closed) return;
    if (this.reply.raw.writableLength > SSE_MAX_BUFFERED_BYTES) return this.end(SLOW_CLIENT_RETRY_MS);
    const lines = [event.id ? `id: ${event.id}` : '', event.event ? `event: ${event.event}` : '', `data: ${JSON.stringify(event.data)}`].filter(Boolean);
    this.reply.raw.write(`${lines.join('\n')}\n\n`);
  }

  /** Keep-alives only on an idle connection: one with bytes still waiting needs no proof of life. */
  comment(text: string): void {
    if (!this.closed && this.reply.raw.writableLength === 0) this.reply.raw.write(`: ${text}\n\n`);
  }

  /** Ends the stream; `retryMs` tells EventSource clients when to come back (on shutdown). */
  end(retryMs?: number): void {
    if (this.closed) return;
    if (retryMs !== undefined) this.reply.raw.write(`retry: ${retryMs}\n\n`);
    this.reply.raw.end();
    this.markClosed();
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.keepAlive);
    for (const listener of this.closeListeners.splice(0)) listener();
  }
}
