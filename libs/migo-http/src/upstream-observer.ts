import type { BreakerState } from './circuit-breaker.js';
import type { CallGroup } from './resilience.js';
import { UpstreamName } from './upstream-name.js';

export interface UpstreamCallRecord {
  upstream: UpstreamName;
  method: string;
  /** Route template, e.g. `/cards/:cardId/funds` (never the concrete path: ids would explode metric cardinality). */
  route: string;
  /** HTTP status, or what happened instead (`cancelled`: the caller stopped waiting, e.g. a view's budget ran out). */
  outcome: number | 'timeout' | 'network' | 'cancelled' | 'circuit-open';
  durationMs: number;
  /** 1 for the first try; a retried read records each attempt. */
  attempt: number;
}

/** Receives a record of every upstream attempt (metrics, logs). */
export interface UpstreamObserver {
  record(call: UpstreamCallRecord): void;
  breakerStateChanged?(upstream: UpstreamName, state: BreakerState, group: CallGroup): void;
}

export const UPSTREAM_OBSERVER = Symbol('UPSTREAM_OBSERVER');

export const NOOP_UPSTREAM_OBSERVER: UpstreamObserver = { record: () => undefined };
