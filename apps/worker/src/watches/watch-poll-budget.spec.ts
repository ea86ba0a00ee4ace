import { RunningWorker, startWorker } from '#test-support';
import { linkBody, MiddlewareStack, startMiddlewareStack } from '../../../bff/src/surfaces/middleware/testing/middleware-stack.js';

const TRACKER_POLL = 'GET /mw/transactions/:uid';
/** A subscription watch reads both, one per poll: every upstream call of a watch is counted against the budget. */
const WATCH_POLLS = ['GET /mw/v1/subscriptions/payment-history', 'GET /mw/v1/subscriptions/detail/:subUid'];
const ACTIVE_SUBSCRIPTIONS = ['sub_01HAAA', 'sub_01HAAB', 'sub_01HBBB', 'sub_01HDDD', 'sub_01HEEE', 'sub_01HIII'];

/** Watches and trackers of one upstream share one poll budget: a real worker, on BullMQ and Redis, wanting far more. */
describe('watch polls within the shared poll budget (simulator + BFF + worker in-process, real Redis)', () => {
  let stack: MiddlewareStack;
  let worker: RunningWorker;

  beforeAll(async () => {
    stack = await startMiddlewareStack('watch-poll-budget');
    worker = await startWorker(stack.sim, stack.redis, { TRACKER_POLLS_PER_SECOND: '10', TRACKER_MIN_POLL_MS: '100', TRACKER_MAX_POLL_MS: '100', WATCH_POLL_MS: '100' });
  });
  afterAll(async () => {
    await worker.close();
    await stack.close();
  });

  it('keeps watch polls and tracker polls together within TRACKER_POLLS_PER_SECOND, both getting their turn', async () => {
    // 12 watches and 10 payment links, each polled every 100 ms, would be 220 polls a second; the budget is 10.
    for (const app of ['all', 'reader'] as const) {
      for (const subUid of ACTIVE_SUBSCRIPTIONS) expect((await stack.bff.call('POST', '/v1/watches', { as: app, body: { type: 'middleware.subscription', upstreamId: subUid } })).status).toBe(201);
    }
    for (let i = 0; i < 10; i++) expect((await stack.bff.call('POST', '/v1/middleware/transactions', { body: linkBody() })).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // past the first burst of new work
    const count = async () => ({ watches: (await stack.upstreamCalls(WATCH_POLLS[0])) + (await stack.upstreamCalls(WATCH_POLLS[1])), trackers: await stack.upstreamCalls(TRACKER_POLL) });
    const start = await count();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const end = await count();
    const watches = end.watches - start.watches;
    const trackers = end.trackers - start.trackers;
    // pollLimiter(10) allows 31 steps in any 3 s, each one upstream call (a status change would add one; none happens
    // here); a step in flight at either edge may add one or two.
    expect(watches + trackers).toBeLessThanOrEqual(34);
    expect(watches + trackers).toBeGreaterThanOrEqual(20); // the budget is used…
    expect(watches).toBeGreaterThan(0); // …by both kinds of work
    expect(trackers).toBeGreaterThan(0);
  }, 30000);
});
