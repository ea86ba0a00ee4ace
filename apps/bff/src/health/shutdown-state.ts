import { Injectable } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

/**
 * What this instance knows about its own shutdown: whether it is draining (readiness fails, long-polls answer now,
 * connections close after their response) and how many requests are still being answered.
 */
@Injectable()
export class ShutdownState {
  private readonly drain = new AbortController();
  private inFlightCount = 0;
  private readonly idleWaiters = new Set<() => void>();

  get draining(): boolean {
    return this.drain.signal.aborted;
  }

  /** Aborted when draining starts: anything waiting on its own (long-polls) should answer with what it has. */
  get signal(): AbortSignal {
    return this.drain.signal;
  }

  get inFlight(): number {
    return this.inFlightCount;
  }

  begin(): void {
    this.drain.abort();
  }

  /** Resolves true once no request is being answered, false if `timeoutMs` passes first. */
  whenIdle(timeoutMs: number): Promise<boolean> {
    if (this.inFlightCount === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (idle: boolean) => {
        clearTimeout(timer);
        this.idleWaiters.delete(onIdle);
        resolve(idle);
      };
      const onIdle = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.idleWaiters.add(onIdle);
    });
  }

  /** Counts every request until its response is finished or its connection is gone (SSE streams included). */
  track(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', (_request, reply, done) => {
      this.inFlightCount++;
      reply.raw.once('close', () => this.ended());
      done();
    });
    // While draining, keep-alive connections are closed after the response that is being written on them.
    fastify.addHook('onSend', (request, reply, payload, done) => {
      if (this.draining && request.raw.httpVersionMajor < 2) reply.header('connection', 'close');
      done(null, payload);
    });
  }

  private ended(): void {
    this.inFlightCount--;
    if (this.inFlightCount === 0) for (const waiter of [...this.idleWaiters]) waiter();
  }
}
