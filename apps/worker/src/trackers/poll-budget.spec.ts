import { RunningWorker, startWorker } from '#test-support';
import { linkBody, MiddlewareStack, startMiddlewareStack } from '../../../bff/src/surfaces/middleware/testing/middleware-stack.js';

const POLL_ROUTE = 'GET /mw/transactions/:uid';

/** Every upstream poll a real worker makes, on BullMQ and Redis, when its trackers want far more than the budget. */
describe('tracker poll budget (simulator + BFF + worker in-process, real Redis)', () => {
  let stack: MiddlewareStack;
  let worker: RunningWorker;

  beforeAll(async () => {
    stack = await startMiddlewareStack('poll-budget');
    worker = await startWorker(stack.sim, stack.redis, { TRACKER_POLLS_PER_SECOND: '20', TRACKER_MIN_POLL_MS: '100', TRACKER_MAX_POLL_MS: '100' });
  });
  afterAll(async () => {
    await worker.close();
    await stack.close();
  });

  it('keeps to the budget and spreads the polls out instead of spending each second in one burst', async () => {
    // 30 links polled every 100 ms would be 300 polls a second; the budget is 20.
    for (let i = 0; i < 30; i++) expect((await stack.bff.call('POST', '/v1/middleware/transactions', { body: linkBody() })).status).toBe(202);
    const samples: Array<{ at: number; polls: number }> = [];
    const started = performance.now();
    while (performance.now() - started < 4000) {
      samples.push({ at: performance.now(), polls: await stack.upstreamCalls(POLL_ROUTE) });
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    /** The most polls seen in any span of about `ms` between two samples. */
    const busiest = (ms: number) => {
      let most = 0;
      for (let a = 0, b = 0; b < samples.length; b++) {
        while (samples[b].at - samples[a].at > ms) a++;
        most = Math.max(most, samples[b].polls - samples[a].polls);
      }
      return most;
    };
    const lastThreeSeconds = samples.at(-1)!.polls - samples.find((s) => s.at >= samples.at(-1)!.at - 3000)!.polls;
    // Bounds from pollLimiter (62 in 3 s, 22 in 1 s, 8 in 250 ms), plus a little for polls that reach the simulator
    // later than the limiter let them start; one-second windows of 20 gave 37 in a second and ~20 in 250 ms.
    expect(lastThreeSeconds).toBeGreaterThanOrEqual(45); // the budget is used…
    expect(lastThreeSeconds).toBeLessThanOrEqual(66); // …and kept
    expect(busiest(1000)).toBeLessThanOrEqual(26);
    expect(busiest(250)).toBeLessThanOrEqual(12); // windows of 2 polls every ~100 ms, not 20 at once
  }, 30000);
});
