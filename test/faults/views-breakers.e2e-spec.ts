import { FaultStack } from '#test-support';

/**
 * Upstream faults against views and breakers, real processes from the build: Migo slower than the views' budgets
 * and answering 5xx. Views answer partial; their abandoned calls count for nothing; failing reads may open the reads
 * breaker, never the one in front of money-moving writes.
 */
describe('views and breakers under upstream faults (e2e)', () => {
  let stack: FaultStack;
  let bff: { url: string };

  beforeAll(async () => {
    stack = await FaultStack.start({ SIM_PAYMENT_LINK_SETTLE_MS: '600000' });
    bff = await stack.bff({ VIEW_SOURCE_BUDGET_MS: '400', VIEW_TTL_CARDHOLDER_SECONDS: '0', MIGO_BREAKER_THRESHOLD: '5', MIGO_BREAKER_HALF_OPEN_AFTER_MS: '60000', MIGO_RETRY_BASE_DELAY_MS: '5' });
    // Sessions (through surface routes, which have no view budget) and the cardholder's identity.
    expect((await stack.call(bff.url, 'GET', '/v1/cms/partners')).status).toBe(200);
    expect((await stack.call(bff.url, 'GET', '/v1/wallet/cards/5001')).status).toBe(200);
    expect((await stack.call(bff.url, 'GET', '/v1/middleware/v1/subscriptions?userId=maria.lopez%40example.gt&clientId=acme')).status).toBe(200);
    expect((await stack.call(bff.url, 'GET', '/v1/views/partners/acme/cardholders/1')).status).toBe(200);
  }, 60000);
  afterAll(() => stack.stop(), 60000);

  const fault = (body: Record<string, unknown>) => stack.simCall('POST', '/__sim/faults', body);
  const breakers = async (service: string) => (await stack.call(bff.url, 'GET', '/health/ready')).body.details[`upstream:${service}`].breakers;
  const paymentLink = () => stack.call(bff.url, 'POST', '/v1/middleware/transactions', { amount: 100, userId: 'buyer@example.gt', channel: 'web', client: 'acme' });

  it('views stay partial within budget; abandoned calls leave the breakers closed; money-moving writes go through', async () => {
    await fault({ surface: 'middleware', method: 'GET', path: '/v1/subscriptions', latencyMs: 1500 });
    await fault({ surface: 'wallet', method: 'GET', path: '/cards/*/transfers/**', status: 503 });
    const views = await Promise.all(Array.from({ length: 6 }, () => stack.call(bff.url, 'GET', '/v1/views/partners/acme/cardholders/1')));
    for (const view of views) {
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ partial: true, sources: { cms: { status: 'ok' }, middleware: { status: 'timeout' }, walletMovements: { status: 'error' } } });
    }
    await new Promise((resolve) => setTimeout(resolve, 1800)); // past the slow answers and every retry
    // Six abandoned Middleware reads counted for nothing (as timeouts they opened the breaker: finding 3). The Wallet's
    // 503s are real failures, between its successful reads (a success resets a consecutive breaker's count).
    expect(await breakers('middleware')).toEqual({ reads: 'closed', writes: 'closed' });
    expect((await breakers('wallet')).writes).toBe('closed');

    expect((await paymentLink()).status).toBe(202);
    const funds = await stack.call(bff.url, 'POST', '/v1/wallet/cards/5002/funds', { amount: 12.5, operation: 'ADD_FUNDS', channel: 'WEB', reference: `FAULT-${Date.now()}` });
    expect(funds.status).toBe(200);
    await stack.simCall('DELETE', '/__sim/faults');
  }, 60000);

  it('Middleware reads failing open the reads breaker (503 problem+json), and a payment-link creation still succeeds', async () => {
    await fault({ surface: 'middleware', method: 'GET', path: '/v1/subscriptions', status: 500 });
    const reads = [];
    for (let i = 0; i < 6; i++) reads.push(await stack.call(bff.url, 'GET', '/v1/middleware/v1/subscriptions?userId=maria.lopez%40example.gt&clientId=acme'));
    expect(reads.map((answer) => answer.status)).toEqual([502, 502, 502, 502, 502, 503]); // a 500 is not retried: the 5th opens it
    expect(reads.at(-1)!.body).toMatchObject({ status: 503, upstream: { service: 'middleware' } });
    expect(await breakers('middleware')).toEqual({ reads: 'open', writes: 'closed' });
    expect((await paymentLink()).status).toBe(202);
    await stack.simCall('DELETE', '/__sim/faults');
    expect(stack.undocumentedAnswers()).toEqual([]);
    expect(stack.unhandledFailures()).toEqual([]);
  }, 60000);
});
