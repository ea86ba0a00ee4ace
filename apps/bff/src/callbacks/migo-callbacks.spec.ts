import { randomBytes } from 'node:crypto';
import { RunningBff, RunningWorker, startBff, startWorker } from '#test-support';
import { linkBody, MiddlewareStack, startMiddlewareStack } from '../surfaces/middleware/testing/middleware-stack.js';

const TOKEN = randomBytes(24).toString('base64url');
const POLL_ROUTE = 'GET /mw/transactions/:uid';
const BUDGET = 20;

/** Simulator, BFF (callbacks on) and a worker whose scheduled polls are a minute apart, in-process on real Redis. */
describe('Migo callbacks as poll-now hints', () => {
  let stack: MiddlewareStack;
  let worker: RunningWorker;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    stack = await startMiddlewareStack('callbacks', { MIGO_CALLBACKS_ENABLED: 'true', MIGO_CALLBACK_TOKEN: TOKEN, MIGO_CALLBACK_RATE_PER_IP: '5000', MIGO_CALLBACK_RATE_GLOBAL: '5000' });
    // Watches read history and detail in turn, each every WATCH_POLL_MS / 2: a minute apart too.
    worker = await startWorker(stack.sim, stack.redis, { TRACKER_POLLS_PER_SECOND: String(BUDGET), TRACKER_MIN_POLL_MS: '60000', TRACKER_MAX_POLL_MS: '60000', WATCH_POLL_MS: '120000' });
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await worker.close();
    await stack.close();
  });

  const callbackPath = (token = TOKEN) => `/v1/callbacks/migo/${token}/payment-links`;
  const callback = (body: unknown, token = TOKEN) => stack.bff.call('POST', callbackPath(token), { body, as: null });
  const polls = () => stack.upstreamCalls(POLL_ROUTE);
  const job = async (id: string) => (await stack.bff.call('GET', `/v1/jobs/${id}`)).body;

  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 10000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** A payment link whose tracker has made its first poll (the next scheduled one is a minute away). */
  async function polledLink(): Promise<{ jobId: string; uid: string }> {
    const created = await stack.bff.call('POST', '/v1/middleware/transactions', { body: linkBody() });
    expect(created.status).toBe(202);
    await until(() => job(created.body.job.id), (j) => j.progress?.status === 'created', 'the first poll');
    return { jobId: created.body.job.id, uid: created.body.upstream.uid };
  }

  it('a forged callback for a pending link costs one verification poll and changes nothing', async () => {
    const { jobId, uid } = await polledLink();
    const before = await polls();
    const answer = await callback({ uid, reference: 'FORGED', status: 'approved' });
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
    await until(polls, (n) => n > before, 'the verification poll');
    // A second forged callback within CALLBACK_HINT_MIN_INTERVAL_MS (1 s) asks for nothing more.
    expect((await callback({ uid, status: 'approved' })).status).toBe(204);
    const record = await job(jobId);
    expect(record).toMatchObject({ state: 'running', outcome: null, result: null, progress: { status: 'created' } });
    expect(await polls()).toBe(before + 1);
  });

  it('answers 204 alike for a link nobody follows and for bodies that name no link, and polls nothing', async () => {
    const before = await polls();
    for (const body of [{ uid: 'trx_doesnotexist', status: 'approved' }, {}, { uid: 42 }, { uid: '../../jobs' }, []]) {
      const answer = await callback(body);
      expect(answer.status).toBe(204);
      expect(answer.text).toBe('');
    }
    expect(await polls()).toBe(before);
  });

  it('a subscription callback makes its watch read the payment history now: a forged one costs that read, a real renewal is an event before the next scheduled poll', async () => {
    const HISTORY = 'GET /mw/v1/subscriptions/payment-history';
    const subUid = 'sub_01HBBB';
    const before = await stack.upstreamCalls(HISTORY);
    const created = await stack.bff.call('POST', '/v1/watches', { body: { type: 'middleware.subscription', upstreamId: subUid } });
    expect(created.status).toBe(201);
    const events = async () => (await stack.bff.call('GET', `/v1/watches/${created.body.id}/events`)).body.items as Array<{ change: { kind: string } }>;
    // The BFF's baseline read and the worker's first poll; the next history read is a minute away.
    const polled = await until(() => stack.upstreamCalls(HISTORY), (n) => n >= before + 2, 'the first poll');

    expect((await stack.bff.call('POST', `/v1/callbacks/migo/${TOKEN}/subscriptions`, { body: { subscriptionId: subUid, status: 'inactive' }, as: null })).status).toBe(204);
    await until(() => stack.upstreamCalls(HISTORY), (n) => n > polled, 'the verification read');
    expect(await events()).toEqual([]);
    expect((await stack.bff.call('GET', `/v1/watches/${created.body.id}`)).body).toMatchObject({ state: 'active' });

    await new Promise((resolve) => setTimeout(resolve, 1100)); // past CALLBACK_HINT_MIN_INTERVAL_MS of the forged hint
    expect((await stack.sim.call('PATCH', '/__sim/config', { body: { subscriptionCallbackUrl: `${stack.bff.url}/v1/callbacks/migo/${TOKEN}/subscriptions` } })).status).toBe(200);
    try {
      expect((await stack.sim.call('POST', `/__sim/middleware/subscriptions/${subUid}/run-renewal`, { body: { outcome: 'approved' } })).status).toBe(200);
      const seen = await until(events, (list) => list.length > 0, 'the renewal event', 15000);
      expect(seen.map((event) => event.change.kind)).toEqual(['renewal-charged']);
    } finally {
      await stack.sim.call('PATCH', '/__sim/config', { body: { subscriptionCallbackUrl: '' } });
      await stack.bff.call('DELETE', `/v1/watches/${created.body.id}`);
    }
  }, 30000);

  it('a real callback (simulator → BFF) brings the job to its outcome without waiting for the next scheduled poll', async () => {
    const { jobId, uid } = await polledLink();
    expect((await stack.sim.call('PATCH', '/__sim/config', { body: { callbackUrl: `${stack.bff.url}${callbackPath()}` } })).status).toBe(200);
    try {
      await stack.settle(uid, 'denied');
      // The scheduled poll is 60 s away: only the callback's early poll can end the job within the wait.
      const done = await until(() => job(jobId), (j) => j.state === 'succeeded', 'the outcome', 15000);
      expect(done).toMatchObject({ outcome: 'denied', result: { uid, status: 'denied' } });
    } finally {
      await stack.sim.call('PATCH', '/__sim/config', { body: { callbackUrl: '' } });
    }
  });

  it('1,000 forged callbacks in a second: every answer 204 or 429, the early polls within the poll budget', async () => {
    const links = await Promise.all(Array.from({ length: 50 }, () => polledLink()));
    const samples: Array<{ at: number; polls: number }> = [];
    const sampling = (async () => {
      const started = performance.now();
      while (performance.now() - started < 4000) {
        samples.push({ at: performance.now(), polls: await polls() });
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    const statuses: number[] = [];
    // 20 senders of 50 callbacks each: every 20th names a followed link, the others random uids.
    await Promise.all(
      Array.from({ length: 20 }, async (_, sender) => {
        for (let i = 0; i < 50; i++) {
          const uid = i % 20 === 0 ? links[(sender * 3 + i) % links.length].uid : `trx_${randomBytes(6).toString('hex')}`;
          statuses.push((await callback({ uid, status: 'approved' })).status);
        }
      }),
    );
    await sampling;
    expect(statuses).toHaveLength(1000);
    expect(statuses.filter((s) => s !== 204 && s !== 429)).toEqual([]);
    const busiest = (ms: number) => {
      let most = 0;
      for (let a = 0, b = 0; b < samples.length; b++) {
        while (samples[b].at - samples[a].at > ms) a++;
        most = Math.max(most, samples[b].polls - samples[a].polls);
      }
      return most;
    };
    const hinted = samples.at(-1)!.polls - samples[0].polls;
    expect(hinted).toBeGreaterThan(BUDGET); // more early polls were asked for than one second of budget…
    expect(busiest(1000)).toBeLessThanOrEqual(BUDGET * 1.1 + 4); // …and no second held more than the budget allows (pollLimiter)
    for (const { jobId } of links.slice(0, 5)) expect(await job(jobId)).toMatchObject({ state: 'running', outcome: null });
    expect(unhandled).toEqual([]);
  }, 40000);

  it('refuses a wrong token like an unknown route, an oversize body with 413, and never logs the token', async () => {
    const wrong = await callback({ uid: 'trx_1' }, 'x'.repeat(40));
    const unknown = await stack.bff.call('POST', '/v1/callbacks/migo/nothing-here', { body: {}, as: null });
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect(Object.keys(wrong.body).sort()).toEqual(Object.keys(unknown.body).sort());
    const big = await stack.bff.call('POST', callbackPath(), { raw: JSON.stringify({ uid: 'trx_1', pad: 'x'.repeat(9000) }), headers: { 'content-type': 'application/json' }, as: null });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toContain('application/problem+json');
    expect(stack.bff.logLines.join('\n')).not.toContain(TOKEN);
    expect(worker.logLines.join('\n')).not.toContain(TOKEN);
  });

  describe('off by default', () => {
    let plain: RunningBff;
    beforeAll(async () => {
      plain = await startBff(stack.sim, stack.redis);
    });
    afterAll(() => plain.close());

    it('has no callback route (404), whatever the token', async () => {
      const answer = await plain.call('POST', callbackPath(), { body: { uid: 'trx_1' }, as: null });
      expect(answer.status).toBe(404);
    });
  });
});
