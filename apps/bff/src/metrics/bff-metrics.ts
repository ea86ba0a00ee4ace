import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { EventLoopDelayMetric, LATENCY_BUCKETS_SECONDS, MigoClientMetrics } from '#common';
import type { TokenEvent } from '#migo-auth';
import type { UpstreamCallRecord } from '#migo-http';

/**
 * The BFF's Prometheus series, in a registry of its own (several BFFs in one test process must not share one).
 * Labels are route templates and fixed vocabularies only: never ids, keys, tokens or card data.
 */
@Injectable()
export class BffMetrics implements OnModuleDestroy {
  readonly registry = new Registry();

  private readonly requests = new Histogram({
    name: 'bff_http_request_duration_seconds',
    help: 'Requests served by the BFF, by route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [this.registry],
  });

  private readonly contractViolations = new Counter({
    name: 'bff_contract_violations_total',
    help: 'Distinct answers not matching the OpenAPI document (BFF_CONTRACT_CHECK=report), by route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  private readonly migo = new MigoClientMetrics(this.registry, 'bff');
  /** bff_event_loop_delay_seconds: what makes the latency tail (GC, synchronous work, stalls) shows here. */
  private readonly eventLoopDelay = new EventLoopDelayMetric(this.registry, 'bff').start();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  onModuleDestroy(): void {
    this.eventLoopDelay.stop();
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.requests.observe({ method, route, status: String(status) }, seconds);
  }

  countContractViolation(method: string, route: string, status: number): void {
    this.contractViolations.inc({ method, route, status: String(status) });
  }

  observeUpstreamCall(call: UpstreamCallRecord): void {
    this.migo.observeCall(call);
  }

  countTokenEvent(event: TokenEvent): void {
    this.migo.countTokenEvent(event);
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
