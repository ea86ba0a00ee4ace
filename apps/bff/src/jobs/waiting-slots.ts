import { Inject, Injectable } from '@nestjs/common';
import { ProblemError, ProblemType } from '#common';

export const WAITING_LIMITS = Symbol('WAITING_LIMITS');

export interface WaitingLimits {
  /** Open SSE streams per app, on this instance. */
  streamsPerApp: number;
  /** Long-polls (`?wait=`) waiting per app, on this instance. */
  longPollsPerApp: number;
  /** Events one reconnecting stream replays at most before it is sent a resync snapshot instead. */
  maxReplay: number;
}

/** Clients are told to come back after this long (a stream or long-poll of theirs ends meanwhile, or another instance serves them). */
const RETRY_AFTER_SECONDS = 5;

/**
 * Connections that wait (SSE streams, long-polls) hold a socket and memory for minutes; one app could otherwise hold
 * them all. Counted per app on each instance (a load balancer spreads an app's connections over instances): past the
 * limit, 429 problem+json with Retry-After. A slot is released exactly once, whatever ends the wait.
 */
@Injectable()
export class WaitingSlots {
  private readonly held = new Map<string, number>();

  constructor(@Inject(WAITING_LIMITS) readonly limits: WaitingLimits) {}

  acquire(kind: 'stream' | 'long-poll', app: string): () => void {
    const key = `${kind}\n${app}`;
    const limit = kind === 'stream' ? this.limits.streamsPerApp : this.limits.longPollsPerApp;
    const count = this.held.get(key) ?? 0;
    if (count >= limit) {
      const what = kind === 'stream' ? 'event streams open' : 'long-polls waiting';
      throw ProblemError.of(429, ProblemType.rateLimited, 'Too many requests', `App "${app}" already has ${limit} ${what} on this instance; close one or retry later`, {}, { 'retry-after': String(RETRY_AFTER_SECONDS) });
    }
    this.held.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.held.get(key) ?? 1) - 1;
      if (left > 0) this.held.set(key, left);
      else this.held.delete(key);
    };
  }

  inUse(kind: 'stream' | 'long-poll', app: string): number {
    return this.held.get(`${kind}\n${app}`) ?? 0;
  }
}
