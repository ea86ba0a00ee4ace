import { Registry } from 'prom-client';
import { EventLoopDelayMetric } from './event-loop-delay.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Bucket counts of the histogram, by upper bound, from the registry's own JSON. */
async function buckets(registry: Registry): Promise<Map<string, number>> {
  const [metric] = await registry.getMetricsAsJSON();
  const values = (metric as unknown as { values: Array<{ metricName: string; labels: { le?: number | string }; value: number }> }).values;
  return new Map(values.filter((v) => v.metricName.endsWith('_bucket')).map((v) => [String(v.labels.le), v.value]));
}

describe('EventLoopDelayMetric', () => {
  it('records how late its timer fires, so a blocked event loop shows in the upper buckets', async () => {
    const registry = new Registry();
    const metric = new EventLoopDelayMetric(registry, 'test', 10).start();
    try {
      await sleep(60);
      const blockedUntil = performance.now() + 80;
      while (performance.now() < blockedUntil) {
        // synchronous work: nothing else runs meanwhile
      }
      await sleep(40);
      const counts = await buckets(registry);
      expect(counts.get('+Inf')).toBeGreaterThan(2);
      // The timer due during the 80 ms of synchronous work fired at least 70 ms late.
      expect(counts.get('0.05')).toBeLessThan(counts.get('+Inf')!);
      expect(registry.getSingleMetric('test_event_loop_delay_seconds')).toBeDefined();
    } finally {
      metric.stop();
    }
  });

  it('stops sampling when stopped', async () => {
    const registry = new Registry();
    const metric = new EventLoopDelayMetric(registry, 'stopped', 5).start();
    metric.stop();
    await sleep(30);
    expect((await buckets(registry)).get('+Inf') ?? 0).toBe(0);
  });
});
