import { Injectable, Provider } from '@nestjs/common';
import { UPSTREAM_OBSERVER } from '#migo-http';
import type { UpstreamCallRecord, UpstreamObserver } from '#migo-http';
import { BffMetrics } from './bff-metrics.js';

/** Every attempt UpstreamHttp makes, as a histogram sample (breaker states are read at scrape time instead). */
@Injectable()
export class UpstreamMetricsObserver implements UpstreamObserver {
  constructor(private readonly metrics: BffMetrics) {}

  record(call: UpstreamCallRecord): void {
    this.metrics.observeUpstreamCall(call);
  }
}

/** Hand to `MigoHttpModule.forRoot({ observer })`: the global MetricsModule supplies the instance. */
export const UPSTREAM_METRICS_OBSERVER: Provider = { provide: UPSTREAM_OBSERVER, useExisting: UpstreamMetricsObserver };
