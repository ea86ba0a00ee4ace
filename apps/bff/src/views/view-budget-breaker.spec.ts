import { RunningBff, RunningSimulator, startBff, startSimulator, testRedis, TestRedis } from '#test-support';

/**
 * Finding 3: a view's per-source budget abort was recorded as an upstream timeout, retried after the view had
 * answered, and counted by the Middleware's breaker: two slow views on a healthy-but-slow Middleware opened it, and a
 * payment-link creation got 503 for about 5 s.
 */
describe('views abandoning a slow source leave the breakers alone', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;
  let bff: RunningBff;

  beforeAll(async () => {
    sim = await startSimulator({ SIM_PAYMENT_LINK_SETTLE_MS: '600000' });
    redis = testRedis('view-breaker');
    bff = await startBff(sim, redis, { VIEW_SOURCE_BUDGET_MS: '400', VIEW_TTL_CARDHOLDER_SECONDS: '0', MIGO_BREAKER_THRESHOLD: '5', MIGO_READ_RETRIES: '2', MIGO_RETRY_BASE_DELAY_MS: '1' });
    // Sessions (through surface routes, which have no view budget) and the cardholder's identity.
    expect((await bff.call('GET', '/v1/cms/partners')).status).toBe(200);
    expect((await bff.call('GET', '/v1/wallet/cards/5001')).status).toBe(200);
    expect((await bff.call('GET', '/v1/middleware/v1/subscriptions?userId=maria.lopez%40example.gt&clientId=acme')).status).toBe(200);
    expect((await bff.call('GET', '/v1/views/partners/acme/cardholders/1')).status).toBe(200);
  });
  afterAll(async () => {
    await bff.close();
    await sim.close();
    await redis.cleanup();
  });

  const metric = (text: string, status: string) =>
    Number(new RegExp(`^bff_upstream_request_duration_seconds_count\\{service="middleware",method="GET",route="/v1/subscriptions",status="${status}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);

  it('reports the abandoned calls as cancelled, does not retry them, and a payment-link creation still succeeds', async () => {
    const before = await bff.call('GET', '/metrics');
    await sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'GET', path: '/v1/subscriptions', latencyMs: 1000 } });
    for (let i = 0; i < 2; i++) {
      const view = await bff.call('GET', '/v1/views/partners/acme/cardholders/1');
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ partial: true, sources: { cms: { status: 'ok' }, middleware: { status: 'timeout' } } });
    }
    await new Promise((resolve) => setTimeout(resolve, 1200)); // past the slow answers and any retry backoff
    await sim.call('DELETE', '/__sim/faults');

    const after = await bff.call('GET', '/metrics');
    expect(metric(after.text, 'cancelled') - metric(before.text, 'cancelled')).toBe(2);
    expect(metric(after.text, 'timeout') - metric(before.text, 'timeout')).toBe(0);

    const ready = await bff.call('GET', '/health/ready', { as: null });
    expect(ready.body.details['upstream:middleware']).toMatchObject({ breaker: 'closed', breakers: { reads: 'closed', writes: 'closed' } });
    const link = await bff.call('POST', '/v1/middleware/transactions', { body: { amount: 100, userId: 'buyer@example.gt', channel: 'web', client: 'acme' } });
    expect(link.status).toBe(202);
  });
});
