import { Counter, Histogram, Registry } from 'prom-client';

export const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** One attempt at a Migo call, as UpstreamHttp reports it (structurally its UpstreamCallRecord). */
export interface MigoCallSample {
  upstream: string;
  method: string;
  route: string;
  outcome: number | string;
  durationMs: number;
}

/**
 * What every process that calls Migo reports the same way (the BFF and the worker, each under its own prefix): each
 * attempt by route template and status, and Migo session events. Labels are templates and fixed vocabularies only.
 */
export class MigoClientMetrics {
  private readonly calls: Histogram<'service' | 'method' | 'route' | 'status'>;
  private readonly tokenEvents: Counter<'credential' | 'event'>;

  constructor(registry: Registry, prefix: string) {
    this.calls = new Histogram({
      name: `${prefix}_upstream_request_duration_seconds`,
      help: 'Calls to Migo (every attempt), by upstream, route template and HTTP status or failure (timeout, network, cancelled: the caller stopped waiting, circuit-open)',
      labelNames: ['service', 'method', 'route', 'status'] as const,
      buckets: LATENCY_BUCKETS_SECONDS,
      registers: [registry],
    });
    this.tokenEvents = new Counter({
      name: `${prefix}_migo_token_events_total`,
      help: 'Migo session events: login, refresh, refresh-rejected, failure, invalidated, shared-hit, store-unavailable, lock-lost, fenced, store-write-failed',
      labelNames: ['credential', 'event'] as const,
      registers: [registry],
    });
  }

  observeCall(call: MigoCallSample): void {
    this.calls.observe({ service: call.upstream, method: call.method, route: call.route, status: String(call.outcome) }, call.durationMs / 1000);
  }

  countTokenEvent(event: { credential: string; kind: string }): void {
    // Operator sessions are named `cms-operator:<email>`: the metric keeps the kind of session, not who.
    this.tokenEvents.inc({ credential: event.credential.split(':')[0], event: event.kind });
  }
}
