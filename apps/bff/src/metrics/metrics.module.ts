import { Global, Module } from '@nestjs/common';
import { BffMetrics } from './bff-metrics.js';
import { MetricsController } from './metrics.controller.js';
import { ScrapeTimeGauges } from './scrape-time-gauges.js';
import { TOKEN_METRICS_LISTENER } from './token-metrics.listener.js';
import { UpstreamMetricsObserver } from './upstream-metrics.observer.js';

/**
 * `/metrics`. Global so that MigoHttpModule (through UPSTREAM_METRICS_OBSERVER) and MigoAuth (through the optional
 * TOKEN_EVENT_LISTENER) find their observers without depending on this module.
 */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [BffMetrics, UpstreamMetricsObserver, TOKEN_METRICS_LISTENER, ScrapeTimeGauges],
  exports: [BffMetrics, UpstreamMetricsObserver, TOKEN_METRICS_LISTENER],
})
export class MetricsModule {}
