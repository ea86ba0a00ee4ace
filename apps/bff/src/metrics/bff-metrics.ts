import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { TokenEvent } from '#migo-auth';
import type { UpstreamCallRecord } from '#migo-http';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The BFF's Prometheus series, in a registry of its own (several BFFs in one test process must not share one).
 * Labels are route templates and fixed vocabularies only: never ids, keys, tokens or card data.
 */
@Injectable()
export class BffMetrics {
  readonly registry = new Registry();

  private readonly requests = new Histogram({
    name: 'bff_http_request_duration_seconds',
    help: 'Requests served by the BFF, by route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  private readonly upstreamCalls = new Histogram({
    name: 'bff_upstream_request_duration_seconds',
    help: 'Calls to Migo (every attempt), by upstream, route template and HTTP status or failure (timeout, network, circuit-open)',
    labelNames: ['service', 'method', 'route', 'status'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  private readonly tokenEvents = new Counter({
    name: 'bff_migo_token_events_total',
    help: 'Migo session events: login, refresh, refresh-rejected, failure, invalidated, shared-hit, store-unavailable',
    labelNames: ['credential', 'event'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.requests.observe({ method, route, status: String(status) }, seconds);
  }

  observeUpstreamCall(call: UpstreamCallRecord): void {
    this.upstreamCalls.observe({ service: call.upstream, method: call.method, route: call.route, status: String(call.outcome) }, call.durationMs / 1000);
  }

  countTokenEvent(event: TokenEvent): void {
    // Operator sessions are named `cms-operator:<email>`: the metric keeps the kind of session, not who.
    this.tokenEvents.inc({ credential: event.credential.split(':')[0], event: event.kind });
  }

  /** A gauge whose value is read when Prometheus scrapes (breakers, queues, streams). */
  scrapeTimeGauge<L extends string>(name: string, help: string, labelNames: readonly L[], collect: (gauge: Gauge<L>) => Promise<void> | void): Gauge<L> {
    return new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        await collect(this);
      },
    });
  }

  exposition(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
