import { UpstreamName } from './upstream-name.js';

export interface UpstreamCallRecord {
  upstream: UpstreamName;
  method: string;
  /** Route template, e.g. `/cards/:cardId/funds` (never the concrete path: ids would explode metric cardinality). */
  route: string;
  /** HTTP status, or what happened instead. */
  outcome: number | 'timeout' | 'network' | 'circuit-open';
  durationMs: number;
  /** 1 for the first try; a retried read records each attempt. */
  attempt: number;
}

/** Receives a record of every upstream attempt (metrics, logs). */
export interface UpstreamObserver {
  record(call: UpstreamCallRecord): void;
  breakerStateChanged?(upstream: UpstreamName, state: 'closed' | 'open' | 'half-open' | 'isolated'): void;
}

export const UPSTREAM_OBSERVER = Symbol('UPSTREAM_OBSERVER');

export const NOOP_UPSTREAM_OBSERVER: UpstreamObserver = { record: () => undefined };
