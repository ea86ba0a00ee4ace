import { ProblemType } from '#common';
import { FAULT_TEST_TIMEOUT_MS, FaultStack, keyedWrites, MIGO_SLOW_MS, until } from './fault-stack.js';

/**
 * Redis frozen (SIGSTOP) for 10 s while keyed writes are at Migo (slowed to 3 s): connections stay open and nothing
 * answers. Finding 5: a request hung 10 s (no command timeout on request-path clients); now it answers 503 within the
 * command timeout (1 s, plus at most one more for the rate limiter's own look at Redis), and readiness says 503.
 */
describe('fault: Redis frozen for 10 s (e2e)', () => {
  let stack: FaultStack;
  beforeAll(async () => {
    stack = await FaultStack.start({ persistent: true });
  }, FAULT_TEST_TIMEOUT_MS);
  afterAll(async () => {
    stack?.redis.thaw();
    await stack?.stop();
  }, FAULT_TEST_TIMEOUT_MS);

  it('answers 503 within the command timeout while frozen (finding 5), applies every keyed write once and settles every key after the thaw', async () => {
    const writes = keyedWrites();
    const { startedAt, answers: first } = await stack.sendThroughSlowMigo(writes);
    stack.redis.freeze();
    const frozenAt = Date.now();

    await until(startedAt + MIGO_SLOW_MS + 500);
    const [retries, ready] = await Promise.all([Promise.all(writes.map((write) => stack.send(write))), stack.call('GET', '/health/ready', { as: null })]);
    for (const retry of retries) {
      expect([retry?.status, retry?.body.type, retry?.headers.get('retry-after')]).toEqual([503, ProblemType.serviceUnavailable, expect.stringMatching(/^\d+$/)]);
      expect(retry?.ms).toBeLessThan(5000); // well under the 10 s freeze: no hang (the bound has room for a loaded machine)
    }
    expect(ready?.status).toBe(503);
    expect(ready?.ms).toBeLessThan(5000);
    expect(ready?.body).toMatchObject({ status: 'error', error: { redis: { status: 'down' } } });
    // A read that needs no Redis still works (the rate limiter counts alone while Redis does not answer).
    const read = await stack.call('GET', '/v1/wallet/cards/5001');
    expect(read).toMatchObject({ status: 200, body: { cardId: 5001 } });
    expect(read!.ms).toBeLessThan(5000);

    await until(frozenAt + 10_000);
    stack.redis.thaw();
    for (const [i, answer] of (await first).entries()) {
      expect([writes[i].flow.name, [writes[i].flow.success, 503].includes(answer!.status)]).toEqual([writes[i].flow.name, true]);
      if (answer!.status === 503) expect(answer!.body.type).toBe(ProblemType.upstreamOutcomeUnknown);
    }
    await stack.assertInvariants(writes);
    expect((await stack.call('GET', '/health/ready', { as: null }))?.status).toBe(200);
  }, FAULT_TEST_TIMEOUT_MS);
});
