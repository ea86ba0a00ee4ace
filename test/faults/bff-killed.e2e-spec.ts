import { ProblemType } from '#common';
import { FAULT_CLOCKS, FAULT_TEST_TIMEOUT_MS, FaultStack, keyedWrites, until } from './fault-stack.js';

/**
 * Finding 1, second half: the BFF is killed (SIGKILL) while keyed writes are at Migo (slowed to 3 s). The keys used
 * to run again as new requests once their 5-minute marker expired. Now a key whose instance is gone becomes
 * unknown-outcome when its lease lapses, and the reconciler replays what Migo did (for a payment link or a charge
 * batch it starts the tracking job the dead instance never recorded).
 */
describe('fault: BFF killed mid-write (e2e)', () => {
  let stack: FaultStack;
  beforeAll(async () => {
    stack = await FaultStack.start({ persistent: true });
  }, FAULT_TEST_TIMEOUT_MS);
  afterAll(() => stack?.stop(), FAULT_TEST_TIMEOUT_MS);

  it('never runs a key of the dead instance again: unknown once its lease lapses, then replayed from Migo', async () => {
    const writes = keyedWrites();
    const { answers: first } = await stack.sendThroughSlowMigo(writes);
    await stack.bff.crash();
    const killedAt = Date.now();
    expect(await first).toEqual(writes.map(() => undefined)); // the connections broke: no answer
    await stack.startBff();

    // While the dead instance's lease runs, the key is in use; once it lapsed, unknown-outcome until reconciled (on a
    // slow machine the new instance may start after the reconciler already found the write: then it replays).
    const busy = await Promise.all(writes.map((write) => stack.send(write)));
    for (const answer of busy) {
      if (answer?.headers.get('idempotent-replayed') === 'true') continue;
      expect([ProblemType.idempotencyInProgress, ProblemType.upstreamOutcomeUnknown]).toContain(answer?.body.type);
    }
    // The lease was last renewed before the kill; it lapses within a lease length after it.
    await until(killedAt + Number(FAULT_CLOCKS.IDEMPOTENCY_LEASE_MS) + 300);
    const unknown = await Promise.all(writes.map((write) => stack.send(write)));
    for (const answer of unknown) {
      // Unless the reconciler already found the write at Migo (it looks every 250 ms).
      if (answer?.headers.get('idempotent-replayed') === 'true') continue;
      expect([answer?.status, answer?.body.type]).toEqual([409, ProblemType.upstreamOutcomeUnknown]);
    }

    await stack.assertInvariants(writes);
    const [, , paymentLink, charges] = writes;
    for (const write of [paymentLink, charges]) {
      const replay = await stack.send(write);
      expect(replay?.headers.get('location')).toBe(`/v1/jobs/${replay?.body.job.id}`);
      const job = await stack.call('GET', `/v1/jobs/${replay?.body.job.id}`);
      expect(job?.status).toBe(200);
    }
  }, FAULT_TEST_TIMEOUT_MS);
});
