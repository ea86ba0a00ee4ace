import { eventually, readEvents, RunningWorker, startWorker } from '#test-support';
import { MiddlewareStack, startMiddlewareStack } from '../../../bff/src/surfaces/middleware/testing/middleware-stack.js';
import { mwHeaders } from '../../../migo-simulator/src/middleware/testing/mw-test-kit.js';

const ACME = { authorization: 'Bearer test-key-acme-0003' };
// One renewal every 250 ms (a time-scaled month): two charged, a decline, a charge, then three declines (the plan's
// three attempts) make the subscription inactive.
const OUTCOMES = ['approved', 'approved', 'denied', 'approved', 'denied', 'denied', 'denied'] as const;
const EXPECTED_KINDS = ['renewal-charged', 'renewal-charged', 'renewal-declined', 'renewal-charged', 'renewal-declined', 'renewal-declined', 'renewal-declined', 'status-changed'];

/** A watched subscription over a simulated month, with the worker stopped mid-way and another started (simulator + BFF + worker in-process, real Redis). */
describe('watching a subscription (in-process simulator, BFF and worker)', () => {
  let stack: MiddlewareStack;
  let worker: RunningWorker | undefined;

  beforeAll(async () => {
    stack = await startMiddlewareStack('watch-month');
  });
  afterAll(async () => {
    await worker?.close();
    await stack.close();
  });

  it('emits exactly one event per renewal and per decline, in order, across a worker restart, and ends on inactive', async () => {
    const workerEnv = { WATCH_POLL_MS: '100' };
    worker = await startWorker(stack.sim, stack.redis, workerEnv);
    // The app's own stream, opened before the watch exists: every `watch` event must arrive on it, live.
    const stream = readEvents(`${stack.bff.url}/v1/events`, ACME, { until: (event) => event.event === 'watch' && event.data.change.kind === 'status-changed', timeoutMs: 25000 });

    const created = await stack.bff.call('POST', '/v1/watches', { as: 'acme', body: { type: 'middleware.subscription', upstreamId: 'sub_01HAAA' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'middleware.subscription', upstreamId: 'sub_01HAAA', partnerId: 'acme', state: 'active', events: 0 });
    const watchId: string = created.body.id;
    const paymentHistory = async () => (await stack.sim.call('GET', '/mw/v1/subscriptions/payment-history?subscriptionId=sub_01HAAA', { headers: mwHeaders(stack.sim).jwt })).body.data as Array<{ uid: string }>;
    const historyBefore = await paymentHistory();

    const scheduled = await stack.sim.call('POST', '/__sim/middleware/subscriptions/sub_01HAAA/schedule-renewals', { body: { outcomes: OUTCOMES, periodMs: 250 } });
    expect(scheduled.status).toBe(202);

    // Mid-way: the worker stops (renewals go on meanwhile), and another one takes over from the cursor in Redis.
    await eventually(async () => ((await stack.bff.call('GET', `/v1/watches/${watchId}`, { as: 'acme' })).body.events >= 3 ? true : undefined), 15000);
    await worker.close();
    worker = undefined;
    const eventsWhileStopped = (await stack.bff.call('GET', `/v1/watches/${watchId}`, { as: 'acme' })).body.events;
    expect(eventsWhileStopped).toBeLessThan(EXPECTED_KINDS.length); // really mid-way
    const renewalsAtStop = (await paymentHistory()).length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await paymentHistory()).length).toBeGreaterThan(renewalsAtStop); // Migo renewed while no worker ran…
    expect((await stack.bff.call('GET', `/v1/watches/${watchId}`, { as: 'acme' })).body.events).toBe(eventsWhileStopped); // …unseen until one runs
    worker = await startWorker(stack.sim, stack.redis, workerEnv);

    const ended = await eventually(async () => {
      const watch = (await stack.bff.call('GET', `/v1/watches/${watchId}`, { as: 'acme' })).body;
      return watch.state === 'ended' ? watch : undefined;
    }, 20000);
    expect(ended).toMatchObject({ state: 'ended', endReason: 'subscription inactive', events: EXPECTED_KINDS.length });

    // Exactly the simulator's new history entries, oldest first, each once; then the move to inactive.
    const history = await paymentHistory();
    const newEntries = history.slice(0, history.length - historyBefore.length).reverse();
    expect(newEntries).toHaveLength(OUTCOMES.length);

    const listed = (await stack.bff.call('GET', `/v1/watches/${watchId}/events`, { as: 'acme' })).body.items as Array<{ id: string; change: { kind: string; entry?: { uid: string; status: string } } }>;
    expect(listed.map((event) => event.change.kind)).toEqual(EXPECTED_KINDS);
    expect(listed.slice(0, -1).map((event) => event.change.entry!.uid)).toEqual(newEntries.map((entry) => entry.uid));
    expect(listed.at(-1)!.change).toEqual({ kind: 'status-changed', from: 'active', to: 'inactive' });

    const received = (await stream).events.filter((event) => event.event === 'watch');
    expect(received.map((event) => event.id)).toEqual(listed.map((event) => event.id));
    expect(received.map((event) => event.data.change)).toEqual(listed.map((event) => event.change));

    // Resuming with Last-Event-ID replays exactly the watch events after it, with the same ids.
    const resumed = await readEvents(`${stack.bff.url}/v1/events`, { ...ACME, 'last-event-id': listed[2].id }, { until: (_event, all) => all.filter((each) => each.event === 'watch').length >= listed.length - 3, timeoutMs: 5000 });
    expect(resumed.events.filter((event) => event.event === 'watch').map((event) => event.id)).toEqual(listed.slice(3).map((event) => event.id));

    // Ended: nothing more is polled for it.
    const pollsAfterEnd = await stack.upstreamCalls('GET /mw/v1/subscriptions/payment-history');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await stack.upstreamCalls('GET /mw/v1/subscriptions/payment-history')).toBe(pollsAfterEnd);
  }, 60000);
});
