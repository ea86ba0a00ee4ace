import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { idempotencyKeyHash, ProblemType, writeReference } from '#common';
import { eventually, generateDemoSecrets, PrivateRedis, PrivateRedisOptions, spawnBff, spawnSimulator, spawnWorker, StackProcess, TEST_APPS, TestAppName } from '#test-support';

/**
 * The stack of one fault suite, every part a real process from the build, on a Redis of the suite's own
 * (PrivateRedis: the shared one is never stopped or frozen). Short clocks so a whole fault, and its reconciliation,
 * fits in a test: leases of 2 s, Migo may still apply an attempt 8 s after it started, sweeps 4 times a second.
 */
export const FAULT_CLOCKS = { IDEMPOTENCY_LEASE_MS: '2000', IDEMPOTENCY_SETTLE_MS: '8000', IDEMPOTENCY_SWEEP_MS: '250' };
/** A fault, its reconciliation and the invariants on a busy machine (Jest's e2e default is 60 s). */
export const FAULT_TEST_TIMEOUT_MS = 120_000;
/** How slow Migo is at the keyed writes of a fault scenario (the "Migo slowed to 3 s"). */
export const MIGO_SLOW_MS = 3000;

/** What the BFF documents for these routes: their success, 409 (key in use, or outcome unknown), 422, 503. */
const DOCUMENTED = new Set([200, 201, 202, 400, 401, 403, 404, 409, 422, 502, 503, 504]);

/** A key that has not settled yet answers one of these. */
const BUSY = new Set([`409 ${ProblemType.idempotencyInProgress}`, `409 ${ProblemType.upstreamOutcomeUnknown}`, `503 ${ProblemType.upstreamOutcomeUnknown}`, `503 ${ProblemType.serviceUnavailable}`]);

function expectThat(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

export interface Answer {
  route: string;
  status: number;
  contentType: string | null;
  headers: Headers;
  body: any;
  ms: number;
}

/** One keyed write the suites drive through faults, and how the simulator's books count it. */
export interface KeyedFlow {
  name: string;
  method: 'POST';
  path: string;
  /** The answer of a settled key (first run, replay or re-run after a release). */
  success: number;
  body(seed: number): Record<string, unknown>;
  /** How many times Migo applied the write carrying this reference (GET /__sim/writes). */
  count(writes: { transfers: unknown[]; fundsMovements: unknown[]; paymentLinks: unknown[]; chargeBatches: unknown[] }): number;
  /** The simulator path the fault suites slow down. */
  fault: { surface: 'wallet' | 'middleware'; path: string };
}

export const FLOWS: KeyedFlow[] = [
  {
    name: 'card transfer',
    method: 'POST',
    path: '/v1/wallet/cards/transfer',
    success: 201,
    body: (seed) => ({ fromCardId: 5001, toCardId: 5002, amount: 1 + seed / 100 }),
    count: (w) => w.transfers.length,
    fault: { surface: 'wallet', path: '/cards/transfer' },
  },
  {
    name: 'funds',
    method: 'POST',
    path: '/v1/wallet/cards/5005/funds',
    success: 200,
    body: (seed) => ({ amount: 2 + seed / 100, operation: 'ADD_FUNDS', channel: 'WEB', reference: `FAULT-${seed}` }),
    count: (w) => w.fundsMovements.length,
    fault: { surface: 'wallet', path: '/cards/*/funds' },
  },
  {
    name: 'payment link',
    method: 'POST',
    path: '/v1/middleware/transactions',
    success: 202,
    body: (seed) => ({ amount: 30 + seed / 100, userId: '+50212345678', channel: 'web', client: 'acme' }),
    count: (w) => w.paymentLinks.length,
    fault: { surface: 'middleware', path: '/transactions' },
  },
  {
    name: 'charges',
    method: 'POST',
    path: '/v1/middleware/v1/subscriptions/charges',
    success: 202,
    body: (seed) => ({ client: 'acme', data: [{ subscriptionId: 'sub_01HAAA', amount: 4 + seed / 100 }] }),
    count: (w) => w.chargeBatches.length,
    fault: { surface: 'middleware', path: '/v1/subscriptions/charges' },
  },
];

export interface KeyedWrite {
  flow: KeyedFlow;
  key: string;
  body: Record<string, unknown>;
}

let seeds = 0;

/** A fresh key and body for each flow. */
export function keyedWrites(): KeyedWrite[] {
  return FLOWS.map((flow) => ({ flow, key: randomUUID(), body: flow.body(++seeds) }));
}

export function referenceOf(app: TestAppName, key: string): string {
  return writeReference(app, idempotencyKeyHash(key));
}

export class FaultStack {
  readonly answers: Answer[] = [];
  private readonly processes: StackProcess[] = [];
  private readonly secrets = generateDemoSecrets();
  private readonly prefix = `fault-${randomUUID().slice(0, 8)}`;
  private sim!: { process: StackProcess; url: string };
  bffUrl = '';
  bff!: StackProcess;
  worker!: StackProcess;

  private constructor(readonly redis: PrivateRedis) {}

  static async start(options: PrivateRedisOptions = {}): Promise<FaultStack> {
    const stack = new FaultStack(await PrivateRedis.start(options));
    stack.sim = await spawnSimulator(stack.secrets, { SIM_LOG_LEVEL: 'warn' });
    stack.processes.push(stack.sim.process);
    await stack.startBff();
    stack.worker = await spawnWorker(stack.sim.url, stack.options(), { REDIS_URL: stack.redis.url, ...FAULT_CLOCKS });
    stack.processes.push(stack.worker);
    return stack;
  }

  private options() {
    return { secrets: this.secrets, redisPrefix: this.prefix };
  }

  /** (Another) BFF instance on the same Redis; the previous one's address is no longer used. */
  async startBff(): Promise<void> {
    const bff = await spawnBff(this.sim.url, this.options(), { REDIS_URL: this.redis.url, BFF_ADMIN_DASHBOARD: 'false', ...FAULT_CLOCKS });
    this.processes.push(bff.process);
    this.bff = bff.process;
    this.bffUrl = bff.url;
  }

  async stop(): Promise<void> {
    try {
      // FAULT_LOG=<file> keeps every process's lines for a look after the run.
      if (process.env.FAULT_LOG) writeFileSync(process.env.FAULT_LOG, this.lines().join('\n'));
    } finally {
      await Promise.all(this.processes.map((p) => p.stop()));
      await this.redis.dispose();
    }
  }

  /** Every line every process of the stack wrote (BFF instances, worker, simulator). */
  lines(): string[] {
    return this.processes.flatMap((p) => p.lines.map((line) => `${p.name}: ${line}`));
  }

  /** A call to the BFF; every answer is kept for the invariants. Undefined when the connection broke (no answer). */
  async call(method: string, path: string, init: { body?: unknown; key?: string; as?: TestAppName | null } = {}): Promise<Answer | undefined> {
    const as = init.as === undefined ? 'all' : init.as;
    const headers: Record<string, string> = { ...(as ? { authorization: `Bearer ${TEST_APPS[as].key}` } : {}), ...(init.key ? { 'idempotency-key': init.key } : {}) };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    try {
      const response = await fetch(`${this.bffUrl}${path}`, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON */
      }
      const answer: Answer = { route: `${method} ${path}`, status: response.status, contentType: response.headers.get('content-type'), headers: response.headers, body, ms: performance.now() - started };
      this.answers.push(answer);
      return answer;
    } catch {
      return undefined; // the BFF died with the request open
    }
  }

  send(write: KeyedWrite, as: TestAppName = 'all', body = write.body): Promise<Answer | undefined> {
    return this.call(write.flow.method, write.flow.path, { body, key: write.key, as });
  }

  async simCall(method: string, path: string, body?: unknown): Promise<any> {
    const response = await fetch(`${this.sim.url}${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return response.json();
  }

  /** Migo takes MIGO_SLOW_MS over the next attempt of each keyed write. */
  async slowWrites(): Promise<void> {
    for (const { fault } of FLOWS) await this.simCall('POST', '/__sim/faults', { ...fault, method: 'POST', latencyMs: MIGO_SLOW_MS, times: 1 });
  }

  /**
   * Sends each write while Migo is slowed (MIGO_SLOW_MS) and resolves one second later, when the fault is due: the
   * writes are at Migo, their answers still to come.
   */
  async sendThroughSlowMigo(writes: KeyedWrite[]): Promise<{ startedAt: number; answers: Promise<Array<Answer | undefined>> }> {
    await this.slowWrites();
    const startedAt = Date.now();
    const answers = Promise.all(writes.map((write) => this.send(write)));
    await until(startedAt + 1000);
    return { startedAt, answers };
  }

  /** How many times Migo applied the write (the simulator's books). */
  async applied(write: KeyedWrite, as: TestAppName = 'all'): Promise<number> {
    return write.flow.count(await this.simCall('GET', `/__sim/writes?reference=${referenceOf(as, write.key)}`));
  }

  /** Retries the key until it is settled (its route's success: a replay, or a run after a release). */
  settled(write: KeyedWrite, as: TestAppName = 'all', timeoutMs = 40_000): Promise<Answer> {
    return eventually(
      async () => {
        const answer = await this.send(write, as);
        if (!answer) return undefined;
        if (answer.status === write.flow.success) return answer;
        // Until then the key answers "busy": in use, outcome unknown, or Redis unreachable.
        expectThat(BUSY.has(`${answer.status} ${answer.body?.type}`), `${write.flow.name}: a retry before the key settled answered ${answer.status} ${JSON.stringify(answer.body)}`);
        return undefined;
      },
      timeoutMs,
      250,
    );
  }

  /**
   * The invariants after a fault: every write settled and applied exactly once (and never more meanwhile), every answer
   * documented and, when an error, problem+json with a request id (never 500), no unhandled rejection anywhere; a
   * concurrent duplicate gets 409, another body under the same key 422, another app's same key string is its own write.
   */
  async assertInvariants(writes: KeyedWrite[]): Promise<void> {
    await Promise.all(writes.map((write) => this.assertAppliedOnce(write)));
    await this.assertConcurrentDuplicate();
    // Readiness answers terminus' report (documented so), not a problem: the API's answers are checked.
    for (const answer of this.answers.filter((a) => a.route.includes(' /v1/'))) {
      expectThat(DOCUMENTED.has(answer.status), `${answer.route} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      if (answer.status >= 400) {
        expect([answer.route, answer.status, answer.contentType]).toEqual([answer.route, answer.status, expect.stringMatching(/^application\/problem\+json/)]);
        expect(answer.body).toMatchObject({ type: expect.any(String), status: answer.status, requestId: expect.any(String) });
      }
    }
    expect(this.lines().filter((line) => /unhandled.?(promise.?)?rejection/i.test(line))).toEqual([]);
  }

  /** One write: settled, applied exactly once (never more meanwhile), replayed, 422 for another body, per app. */
  private async assertAppliedOnce(write: KeyedWrite): Promise<void> {
    const before = await this.applied(write);
    expectThat(before <= 1, `${write.flow.name}: applied ${before} times before its key settled`);
    const settled = await this.settled(write);
    expect([write.flow.name, await this.applied(write)]).toEqual([write.flow.name, 1]);
    const replay = await this.send(write);
    expect([write.flow.name, replay?.status, replay?.headers.get('idempotent-replayed')]).toEqual([write.flow.name, write.flow.success, 'true']);
    expect(replay!.body).toEqual(settled.body);

    const otherBody = await this.send(write, 'all', write.flow.body(++seeds));
    expect([write.flow.name, otherBody?.status, otherBody?.body.type]).toEqual([write.flow.name, 422, ProblemType.idempotencyMismatch]);
    // After Redis lost its data a new key waits for the reconciler too (it may have been used): hence settled().
    const otherApp = await this.settled(write, 'acme');
    expect([write.flow.name, otherApp.headers.get('idempotent-replayed')]).toEqual([write.flow.name, null]);
    // A charge batch shows in Migo's books once its first row is charged, a moment after the 202.
    expect([write.flow.name, await eventually(async () => ((await this.applied(write, 'acme')) > 0 ? this.applied(write, 'acme') : undefined))]).toEqual([write.flow.name, 1]);
    expect([write.flow.name, await this.applied(write)]).toEqual([write.flow.name, 1]);
  }

  /**
   * Makes sure the next request with this new key runs: within the verification window after Redis lost its data a
   * new key is unknown-outcome first, and runs only once the reconciler released it (read from the key's record).
   */
  private async runnable(write: KeyedWrite): Promise<void> {
    const redis = this.redis.connect();
    try {
      const verifyUntil = Number((await redis.hget(`${this.prefix}:idem:{all}:epoch`, 'verifyUntil')) ?? 0);
      if (verifyUntil < Date.now()) return;
      expect((await this.send(write))?.status).toBe(503);
      await eventually(async () => ((await redis.hget(`${this.prefix}:idem:{all}:${idempotencyKeyHash(write.key)}`, 'state')) === 'released' ? true : undefined), 30_000, 200);
    } finally {
      redis.disconnect();
    }
  }

  private async assertConcurrentDuplicate(): Promise<void> {
    const [write] = keyedWrites();
    await this.runnable(write);
    await this.slowWrites();
    const first = this.send(write);
    await sleep(300);
    const duplicate = await this.send(write);
    expect([duplicate?.status, duplicate?.body.type]).toEqual([409, ProblemType.idempotencyInProgress]);
    expect((await first)?.status).toBe(write.flow.success);
    await this.simCall('DELETE', '/__sim/faults');
    expect(await eventually(async () => ((await this.applied(write)) > 0 ? this.applied(write) : undefined))).toBe(1);
  }
}

/** Waits until `at` (epoch ms). */
export async function until(at: number): Promise<void> {
  await sleep(Math.max(0, at - Date.now()));
}
