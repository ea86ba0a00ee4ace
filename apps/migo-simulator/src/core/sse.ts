import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Writes a text/event-stream response by hand, as Migo's CMS progress stream does: unnamed `data:` frames.
 * With `cutAfterFrames` (an injected fault) the socket is destroyed after that many frames, like a dropped connection.
 */
export class SseWriter {
  private frames = 0;
  private closed = false;
  private readonly closeListeners: Array<() => void> = [];

  constructor(
    private readonly request: FastifyRequest,
    private readonly reply: FastifyReply,
    private readonly cutAfterFrames?: number,
  ) {
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    // The response's 'close' (ended, or the client gone): a request's 'close' also fires once its empty body was read.
    reply.raw.on('close', () => this.markClosed());
    if (cutAfterFrames === 0) this.cut();
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  /** Sends one unnamed frame. Returns false once the stream is closed or cut. */
  send(data: unknown): boolean {
    if (this.closed) return false;
    this.frames++;
    const frame = `data: ${JSON.stringify(data)}\n\n`;
    if (this.cutAfterFrames !== undefined && this.frames >= this.cutAfterFrames) {
      // Let the frame reach the client, then drop the connection without a clean end.
      this.reply.raw.write(frame, () => this.cut());
      this.markClosed();
      return false;
    }
    this.reply.raw.write(frame);
    return true;
  }

  comment(text: string): void {
    if (!this.closed) this.reply.raw.write(`: ${text}\n\n`);
  }

  end(): void {
    if (this.closed) return;
    this.reply.raw.end();
    this.markClosed();
  }

  private cut(): void {
    this.request.raw.socket?.destroy();
    this.markClosed();
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    for (const listener of this.closeListeners.splice(0)) listener();
  }
}
