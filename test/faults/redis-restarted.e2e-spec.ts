import { ProblemType } from '#common';
import { Answer, FAULT_TEST_TIMEOUT_MS, FaultStack, KeyedWrite, keyedWrites, MIGO_SLOW_MS, until } from './fault-stack.js';

/**
 * Redis crashes (SIGKILL) while keyed writes are at Migo (slowed to 3 s) and comes straight back: with its
 * append-only file (production) it keeps every record; without persistence it comes back empty, and keys whose
 * records it lost must still never run twice: the BFF notices the loss (the app's epoch changed) and treats every
 * key it has no record of as unknown-outcome until the reconciler has looked for it at Migo.
 */
/** Keyed writes settled before, and keyed writes at a slowed Migo when Redis crashes and restarts at once. */
async function crashMidWrite(stack: FaultStack) {
  const before = keyedWrites();
  expectSuccesses(before, await Promise.all(before.map((write) => stack.send(write))));
  const writes = keyedWrites();
  const { startedAt, answers: first } = await stack.sendThroughSlowMigo(writes);
  await stack.redis.crash();
  await stack.redis.restart();
  return { before, writes, startedAt, first };
}

function expectSuccesses(writes: KeyedWrite[], answers: Array<Answer | undefined>): void {
  for (const [i, answer] of answers.entries()) expect([writes[i].flow.name, answer?.status]).toEqual([writes[i].flow.name, writes[i].flow.success]);
}

describe('fault: Redis restarted (e2e)', () => {
  let stack: FaultStack | undefined;
  afterEach(async () => {
    await stack?.stop();
    stack = undefined;
  }, FAULT_TEST_TIMEOUT_MS);

  it('with persistence: keeps every record; every keyed write applied once, every key settled', async () => {
    stack = await FaultStack.start({ persistent: true });
    const { before, writes, startedAt, first } = await crashMidWrite(stack);
    await until(startedAt + MIGO_SLOW_MS + 500);
    expectSuccesses(writes, await first);
    // Keys settled before the crash replay at once.
    for (const write of before) expect((await stack.send(write))?.headers.get('idempotent-replayed')).toBe('true');
    await stack.assertInvariants([...before, ...writes]);
  }, FAULT_TEST_TIMEOUT_MS);

  it('without persistence: keys whose records were lost are not run again; they replay what Migo did', async () => {
    stack = await FaultStack.start({ persistent: false });
    const { before, writes, startedAt, first } = await crashMidWrite(stack); // comes back empty
    await until(startedAt + MIGO_SLOW_MS + 500);
    // Attempts running through the loss know Migo's answer and write their record again.
    expectSuccesses(writes, await first);

    // Keys settled before the loss: their records are gone, Migo still has the writes. The first retry of one is
    // unknown-outcome (503: the BFF has no record, an earlier attempt may have been done), never a second write.
    const [retry] = await Promise.all(before.map((write) => stack!.send(write)));
    expect([retry?.status, retry?.body.type]).toEqual([503, ProblemType.upstreamOutcomeUnknown]);
    for (const write of before) expect(await stack.applied(write)).toBe(1);

    // A key never used before the loss waits too (it may have been), then is released and runs once.
    const [fresh] = keyedWrites();
    expect((await stack.send(fresh))?.status).toBe(503);
    const released = await stack.settled(fresh);
    expect(released.headers.get('idempotent-released')).toBe('true');

    await stack.assertInvariants([...before, ...writes, fresh]);
  }, FAULT_TEST_TIMEOUT_MS);
});
