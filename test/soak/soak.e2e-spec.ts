import { idempotencyKeyHash } from '#common';
import { compareEventIds } from '#jobs';
import { FaultStack, freePort, ProcessUsage, SseFollower, TEST_APPS } from '#test-support';
import { Replaceable, SoakFaults } from './soak-faults.js';
import { SoakWorkload } from './soak-workload.js';

/** How long the workload runs under faults; `npm run soak -- --minutes=10` sets it, the suite runs 60 s. */
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
/**
 * The idempotency clocks of the soak's processes, shorter than production's so an unknown outcome settles within the
 * run: a lease lapses 3 s after its BFF died, and a write Migo does not show is released 20 s after its attempt started.
 */
const SOAK_CLOCKS = { IDEMPOTENCY_LEASE_MS: '3000', IDEMPOTENCY_SETTLE_MS: '20000', IDEMPOTENCY_SWEEP_MS: '500' };
/**
 * After the workload: faults stop, Redis is up, and unknown outcomes and jobs have this long to settle — a key whose
 * attempt started as the workload ended is released by then (settle + lease + sweeps), with room for a busy machine.
 */
const SETTLE_SECONDS = 60;
const TERMINAL = new Set(['succeeded', 'failed', 'cancelled']);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the store holds for an Idempotency-Key that never got a final answer, for the report. */
async function keyDiagnosis(stack: FaultStack, key: string): Promise<string> {
  const redis = stack.connect();
  try {
    const [, found] = await redis.scan('0', 'MATCH', `${stack.prefix}:idem:*:${idempotencyKeyHash(key)}`, 'COUNT', 1_000_000);
    if (found.length === 0) return 'has no record';
    const record = await redis.hgetall(found[0]);
    const at = (ms?: string) => (ms ? new Date(Number(ms)).toISOString() : '-');
    return `${record.state} (cause ${record.cause ?? '-'}, attempt ${record.attempt}, started ${at(record.startedAt)}, since ${at(record.since)}, lease ${at(record.lease)})`;
  } finally {
    redis.disconnect();
  }
}

/**
 * The soak (issue 14): a bounded mixed workload — reads, keyed transfers and payment links retried with their keys,
 * CMS uploads, SSE clients on both BFFs — over 2 BFF and 2 worker processes, with random faults from the matrix. Then
 * the invariants: every keyed write applied at most once, and exactly once where its client was told it succeeded;
 * every key settled; every job terminal; every SSE client got every job's end, with ids only ever increasing; every
 * answer a documented status (problem+json for errors); no unhandled rejection in any process.
 */
describe(`soak: ${SOAK_SECONDS} s of mixed work under random faults (e2e)`, () => {
  let stack: FaultStack;
  const bffs: Replaceable[] = [];
  const workers: Replaceable[] = [];
  const usage = new ProcessUsage();

  beforeAll(async () => {
    stack = await FaultStack.start({ SIM_PAYMENT_LINK_SETTLE_MS: '4000', SIM_UPLOAD_ROWS_PER_SECOND: '20' });
    for (const name of ['bff-1', 'bff-2']) {
      const port = String(await freePort());
      const start = async () => (await stack.bff({ BFF_PORT: port, LOG_LEVEL: 'warn', ...SOAK_CLOCKS })).process;
      bffs.push({ name, current: await start(), restart: start });
      (bffs.at(-1) as Replaceable & { url?: string }).url = `http://127.0.0.1:${port}`;
    }
    for (const name of ['worker-1', 'worker-2']) {
      const start = () => stack.worker(SOAK_CLOCKS);
      workers.push({ name, current: await start(), restart: start });
    }
  }, 120_000);
  afterAll(() => stack?.stop(), 60_000);

  it('keeps every invariant', async () => {
    const urls = () => bffs.map((bff) => (bff as Replaceable & { url: string }).url);
    const headers = { authorization: `Bearer ${TEST_APPS.all.key}` };
    const followers = urls().map((url) => new SseFollower(`${url}/v1/events`, headers));
    const workload = new SoakWorkload(stack, urls);
    const faults = new SoakFaults(stack, bffs, workers);
    const sampleEvery = setInterval(() => {
      const sample = usage.sample([...bffs, ...workers].map((p) => ({ name: p.name, pid: p.current.child.pid })));
      process.stdout.write(`soak ${new Date().toISOString()} ${sample.map((s) => `${s.name} ${s.rssMb} MB ${Math.round(s.cpu * 100)}% CPU`).join(' · ')}\n`);
    }, 10_000);

    const workEnds = Date.now() + SOAK_SECONDS * 1000;
    const settleEnds = workEnds + SETTLE_SECONDS * 1000;
    const loops = [workload.readLoop(), workload.transferLoop(() => settleEnds), workload.paymentLinkLoop(() => settleEnds), workload.uploadLoop()];
    const faulting = faults.run(4000);
    await sleep(SOAK_SECONDS * 1000);
    faults.stop();
    await faulting;
    workload.stop();
    stack.redis.thaw();
    await stack.redis.restart();

    // Settling, side by side: keyed writes still retried by their clients until final (unknown keys get reconciled),
    // payment links their outcome (the simulator settles them), jobs their end.
    const jobStates = new Map<string, string>();
    let writesSettled = false;
    const settlingWrites = Promise.all(loops).then(() => (writesSettled = true));
    while (Date.now() < settleEnds) {
      for (const id of workload.jobIds) {
        if (TERMINAL.has(jobStates.get(id) ?? '')) continue;
        const answer = await stack.call(urls()[0], 'GET', `/v1/jobs/${id}`).catch(() => undefined);
        if (answer?.status === 200) jobStates.set(id, answer.body.state);
      }
      if ([...workload.jobIds].every((id) => TERMINAL.has(jobStates.get(id) ?? '')) && writesSettled) break;
      await sleep(1000);
    }
    await settlingWrites;
    await sleep(2000); // the last events reach both followers
    clearInterval(sampleEvery);
    await Promise.all(followers.map((follower) => follower.stop()));

    const violations: string[] = [];
    for (const write of workload.writes) {
      const books = (await stack.simCall('GET', `/__sim/writes?reference=${encodeURIComponent(write.marker)}`)) as { transfers: unknown[]; paymentLinks: unknown[] };
      const applied = write.kind === 'transfer' ? books.transfers.length : books.paymentLinks.length;
      if (applied > 1) violations.push(`${write.kind} ${write.key}: applied ${applied} times`);
      if (!write.resolved) violations.push(`${write.kind} ${write.key}: no final answer after ${write.attempts} attempts (last ${write.status}); key ${await keyDiagnosis(stack, write.key)}`);
      else if (write.status! < 300 && applied !== 1) violations.push(`${write.kind} ${write.key}: answered ${write.status} but applied ${applied} times`);
    }
    for (const id of workload.jobIds) if (!TERMINAL.has(jobStates.get(id) ?? '')) violations.push(`job ${id}: ${jobStates.get(id) ?? 'never read'} at the end`);
    followers.forEach((follower, i) => {
      const ids = follower.events.filter((event) => event.id).map((event) => event.id!);
      for (let n = 1; n < ids.length; n++) if (!(compareEventIds(ids[n - 1], ids[n]) < 0)) violations.push(`SSE client ${i + 1}: id ${ids[n]} after ${ids[n - 1]}`);
      const ended = new Set(follower.events.filter((event) => event.event === 'job' && TERMINAL.has(event.data.state)).map((event) => event.data.id));
      const snapshotEnded = new Set(follower.events.filter((event) => event.event === 'snapshot').flatMap((event) => (event.data.jobs ?? []).filter((job: { state: string }) => TERMINAL.has(job.state)).map((job: { id: string }) => job.id)));
      for (const id of workload.jobIds) if (!ended.has(id) && !snapshotEnded.has(id)) violations.push(`SSE client ${i + 1}: never saw job ${id} end`);
    });
    violations.push(...stack.undocumentedAnswers().map((answer) => `undocumented answer ${answer.status} (${answer.contentType}) to ${answer.path}`));
    violations.push(...stack.unhandledFailures());
    if (workload.writes.some((write) => !write.resolved)) {
      const reconcilerLines = stack.processes.flatMap((process) => process.lines.filter((line) => /reconcil/i.test(line)).map((line) => `${process.name}: ${line}`));
      process.stdout.write(`reconciler log (last 20):\n${reconcilerLines.slice(-20).join('\n')}\n`);
    }

    const succeeded = workload.writes.filter((w) => w.status !== undefined && w.status < 300).length;
    process.stdout.write(
      [
        `soak summary: ${SOAK_SECONDS} s, faults: ${faults.applied.join(', ') || 'none'}`,
        `  keyed writes ${workload.writes.length} (${succeeded} succeeded, ${workload.writes.reduce((n, w) => n + w.attempts, 0)} attempts), reads ${workload.reads}, jobs ${workload.jobIds.size}`,
        `  SSE clients: ${followers.map((f) => `${f.events.length} events over ${f.connections} connections`).join('; ')}`,
        `  answers ${stack.answers.length}, violations ${violations.length}`,
        ...violations.slice(0, 50).map((v) => `  ✗ ${v}`),
      ].join('\n') + '\n',
    );
    expect(violations).toEqual([]);
    expect(workload.writes.length).toBeGreaterThan(0);
  }, (SOAK_SECONDS + SETTLE_SECONDS + 120) * 1000);
});
