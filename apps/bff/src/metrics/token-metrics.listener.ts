import { Provider } from '@nestjs/common';
import { TOKEN_EVENT_LISTENER } from '#migo-auth';
import type { TokenEvent, TokenEventListener } from '#migo-auth';
import { BffMetrics } from './bff-metrics.js';

/** MigoAuth reports session events (never token values) to this listener when the MetricsModule is loaded. */
export const TOKEN_METRICS_LISTENER: Provider = {
  provide: TOKEN_EVENT_LISTENER,
  useFactory: (metrics: BffMetrics): TokenEventListener => (event: TokenEvent) => metrics.countTokenEvent(event),
  inject: [BffMetrics],
};
