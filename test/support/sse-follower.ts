import type { ReceivedEvent } from './sse-client.js';

/**
 * An SSE client that behaves like EventSource across faults: when the stream ends or fails it reconnects (after the
 * server's `retry:` hint, capped) with the last id it received as Last-Event-ID, until stopped. Every event is kept,
 * with the connection it came on.
 */
export class SseFollower {
  readonly events: Array<ReceivedEvent & { connection: number }> = [];
  connections = 0;
  private stopped = false;
  private current?: AbortController;
  private readonly done: Promise<void>;
  private lastId?: string;

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string>,
    private readonly maxRetryMs = 1000,
  ) {
    this.done = this.run();
  }

  /** Waits until `check` holds on what was received (polling), or fails after `timeoutMs`. */
  async waitFor(check: (events: ReceivedEvent[]) => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(this.events)) {
      if (Date.now() > deadline) throw new Error(`SSE: condition not met within ${timeoutMs} ms (${this.events.length} events over ${this.connections} connections)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Drops the current connection, as a network cut would: the client comes back with its Last-Event-ID. */
  reconnect(): void {
    this.current?.abort();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.current?.abort();
    await this.done;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let retryMs = 200;
      this.current = new AbortController();
      try {
        const response = await fetch(this.url, { headers: { accept: 'text/event-stream', ...this.headers, ...(this.lastId ? { 'last-event-id': this.lastId } : {}) }, signal: this.current.signal });
        if (response.ok && response.body) {
          this.connections++;
          retryMs = await this.read(response.body, this.connections);
        }
      } catch {
        /* refused or cut: reconnect */
      }
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, Math.min(retryMs, this.maxRetryMs)));
    }
  }

  private async read(body: ReadableStream<Uint8Array>, connection: number): Promise<number> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let retryMs = 200;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return retryMs;
      buffer += decoder.decode(value, { stream: true });
      let boundary: number;
      while ((boundary = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        const event: Partial<ReceivedEvent> = {};
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('id: ')) event.id = line.slice(4);
          else if (line.startsWith('event: ')) event.event = line.slice(7);
          else if (line.startsWith('data: ')) data.push(line.slice(6));
          else if (line.startsWith('retry: ')) retryMs = Number(line.slice(7));
        }
        if (data.length === 0) continue;
        if (event.id) this.lastId = event.id;
        this.events.push({ ...event, data: JSON.parse(data.join('\n')), connection } as ReceivedEvent & { connection: number });
      }
    }
  }
}
