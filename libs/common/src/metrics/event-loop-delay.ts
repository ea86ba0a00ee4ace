import { Histogram, Registry } from 'prom-client';

/** From a millisecond (what a request can afford) to seconds (a stall nobody should see). */
export const EVENT_LOOP_DELAY_BUCKETS_SECONDS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * `<prefix>_event_loop_delay_seconds`: how late a timer that should fire every `intervalMs` actually fires, i.e. how
 * long work that is ready waits for the event loop (GC pauses, synchronous work, a stalled process). A cumulative
 * histogram, so any window's quantiles can be read from Prometheus (prom-client's default `nodejs_eventloop_lag_*`
 * gauges only say what happened since the last scrape, at 10 ms resolution). 50 samples a second cost nothing
 * measurable; the timer does not keep the process alive.
 */
export class EventLoopDelayMetric {
  private readonly histogram: Histogram;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    registry: Registry,
    prefix: string,
    private readonly intervalMs = 20,
  ) {
    this.histogram = new Histogram({
      name: `${prefix}_event_loop_delay_seconds`,
      help: `How late a timer due every ${intervalMs} ms fired: how long ready work waited for the event loop`,
      buckets: EVENT_LOOP_DELAY_BUCKETS_SECONDS,
      registers: [registry],
    });
  }

  start(): this {
    if (this.timer) return this;
    let due = performance.now() + this.intervalMs;
    this.timer = setInterval(() => {
      const now = performance.now();
      this.histogram.observe(Math.max(0, now - due) / 1000);
      due = now + this.intervalMs;
    }, this.intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
