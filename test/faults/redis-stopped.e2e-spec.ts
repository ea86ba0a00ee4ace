import { ProblemType } from '#common';
import { FAULT_TEST_TIMEOUT_MS, FaultStack, keyedWrites, MIGO_SLOW_MS, until } from './fault-stack.js';

/**
 * Redis stops for 10 s while keyed writes are at Migo (slowed to 3 s), and again while they are retried: findings 1
 * and 5. Every write is applied once and its key settles to Migo's outcome; during the outage Redis-backed answers
 * are 503 problem+json with Retry-After (they were 500), reads that need no Redis still work, readiness is 503.
 */
describe('fault: Redis stopped for 10 s (e2e)', () => {
  let stack: FaultStack;
  beforeAll(async () => {
    stack = await FaultStack.start({ persistent: true });
  }, FAULT_TEST_TIMEOUT_MS);
  afterAll(() => stack?.stop());

  it('applies every keyed write once, answers 503 (never 500) while Redis is away, and settles every key afterwards', async () => {
    const writes = keyedWrites();
    const { startedAt, answers: first } = await stack.sendThroughSlowMigo(writes);
    await stack.redis.stop();
    const stoppedAt = Date.now();

    await until(startedAt + MIGO_SLOW_MS + 500); // Migo has answered the first attempts by now
    const [retries, read, ready] = await Promise.all([
      Promise.all(writes.map((write) => stack.send(write))),
      stack.call('GET', '/v1/wallet/cards/5001'),
      stack.call('GET', '/health/ready', { as: null }),
    ]);
    for (const retry of retries) {
      expect([retry?.status, retry?.body.type, retry?.headers.get('retry-after')]).toEqual([503, ProblemType.serviceUnavailable, expect.stringMatching(/^\d+$/)]);
      expect(retry?.ms).toBeLessThan(4000); // fails fast, not after the 10 s outage (room for a loaded machine)
    }
    expect(read).toMatchObject({ status: 200, body: { cardId: 5001 } }); // the rate limiter counts alone meanwhile
    expect(ready?.status).toBe(503);

    await until(stoppedAt + 10_000);
    await stack.redis.restart();
    // The first attempts: Migo's own answer (its record written late), or "outcome unknown" where the route itself
    // needed Redis after Migo answered (a payment link's or a batch's tracking job).
    for (const [i, answer] of (await first).entries()) {
      expect([writes[i].flow.name, answer?.status]).toEqual([writes[i].flow.name, expect.any(Number)]);
      expect([writes[i].flow.success, 503]).toContain(answer!.status);
      if (answer!.status === 503) expect(answer!.body.type).toBe(ProblemType.upstreamOutcomeUnknown);
    }
    await stack.assertInvariants(writes);
  }, FAULT_TEST_TIMEOUT_MS);
});
