import { setTimeout as sleep } from 'node:timers/promises';
import { BreakerOpenError, BreakerState, CallVerdict, CircuitBreaker } from './circuit-breaker.js';
import { HttpMethod } from './upstream-call.js';
import { UpstreamSettings } from './upstream-config.js';
import { UpstreamError } from './upstream-error.js';
import { UpstreamName } from './upstream-name.js';
import { UpstreamObserver } from './upstream-observer.js';

/**
 * Calls of one upstream that share a breaker. Reads (GET) and writes (every other method) are apart, so slow or
 * failing reads — a view's fan-out, a tracker's polls — can never open the breaker in front of the writes that move
 * money, and the other way round (docs/upstream-assumptions.md, "Circuit breakers").
 */
export type CallGroup = 'reads' | 'writes';

export const CALL_GROUPS: readonly CallGroup[] = ['reads', 'writes'];

export function callGroupOf(method: HttpMethod): CallGroup {
  return method === 'GET' ? 'reads' : 'writes';
}

/**
 * What a call's end says about the upstream's health: 5xx, timeouts and network errors are failures; any answer
 * (a 2xx, a 4xx, a 401) is a success; a caller's cancellation says nothing and is ignored, as is an error that never
 * came from the upstream.
 */
export function breakerVerdict(outcome: { value: unknown } | { error: unknown }): CallVerdict {
  if ('value' in outcome) return 'success';
  const error = outcome.error;
  if (!(error instanceof UpstreamError) || error.kind === 'cancelled' || error.kind === 'circuit-open') return 'ignored';
  return error.upstreamFault ? 'failure' : 'success';
}

/** Exponential backoff with full jitter before retry `attempt` (1-based); a Retry-After from Migo replaces it. */
export function retryDelayMs(attempt: number, error: unknown, baseMs: number, maxMs = 5000): number {
  const hinted = error instanceof UpstreamError ? error.retryAfterMs : undefined;
  return hinted ?? Math.random() * Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

export function cancelledCall(upstream: UpstreamName): UpstreamError {
  return new UpstreamError(upstream, 'cancelled', `The caller stopped waiting for ${upstream}`);
}

/** Two breakers (reads, writes) and the read-retry loop of one upstream. */
export class UpstreamPolicies {
  private readonly breakers: Record<CallGroup, CircuitBreaker>;

  constructor(
    private readonly upstream: UpstreamName,
    private readonly settings: UpstreamSettings,
    observer: UpstreamObserver,
  ) {
    const breaker = (group: CallGroup) =>
      new CircuitBreaker({
        threshold: settings.breakerThreshold,
        halfOpenAfterMs: settings.breakerHalfOpenAfterMs,
        onStateChange: (state) => observer.breakerStateChanged?.(upstream, state, group),
      });
    this.breakers = { reads: breaker('reads'), writes: breaker('writes') };
  }

  state(group: CallGroup): BreakerState {
    return this.breakers[group].state;
  }

  /**
   * Idempotent calls are retried (each attempt passes the breaker) on transient failures; others get exactly one
   * attempt. Nothing is sent, and no retry is made, once the caller's signal has aborted: a call a view abandoned is
   * not made again after the view answered.
   */
  async execute<T>(call: { method: HttpMethod; idempotent: boolean; signal?: AbortSignal }, attempt: (attemptNumber: number) => Promise<T>): Promise<T> {
    const group = callGroupOf(call.method);
    for (let attemptNumber = 1; ; attemptNumber++) {
      if (call.signal?.aborted) throw cancelledCall(this.upstream);
      try {
        return await this.breakers[group].execute(() => attempt(attemptNumber), breakerVerdict);
      } catch (error) {
        if (error instanceof BreakerOpenError) {
          throw new UpstreamError(this.upstream, 'circuit-open', `The ${this.upstream} circuit breaker for ${group} is open after repeated upstream failures`);
        }
        if (!call.idempotent || attemptNumber > this.settings.readRetries || !this.retryable(error) || call.signal?.aborted) throw error;
        await sleep(retryDelayMs(attemptNumber, error, this.settings.retryBaseDelayMs), undefined, { signal: call.signal }).catch(() => {
          throw cancelledCall(this.upstream);
        });
      }
    }
  }

  private retryable(error: unknown): boolean {
    return error instanceof UpstreamError && error.transient && (error.retryAfterMs ?? 0) <= this.settings.retryAfterCapMs;
  }
}
