import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { apiKeysJson, cardholderRows, generateDemoSecrets, PrivateCluster, PrivateClusterOptions, readEvents, spawnBff, spawnSimulator, spawnWorker, StackProcess, TEST_APPS, TestAppName } from '#test-support';
import { referenceOf } from '../faults/fault-stack.js';

/** An app with a small allowance of its own, to see the limit held across BFF instances. */
export const LIMITED_APP = { key: 'test-key-limited-0009', scopes: ['wallet:read'], partners: ['*'], rateLimit: 5 } as const;
const APPS = { ...TEST_APPS, limited: LIMITED_APP };
type AppName = TestAppName | 'limited';

/** Runs `start` `count` times, two at a time; rejects once every start of the failing pair has settled. */
async function inPairs(count: number, start: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < count; i += 2) {
    const failed = (await Promise.allSettled(Array.from({ length: Math.min(2, count - i) }, start))).find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/**
 * The whole stack on a Redis Cluster of the suite's own: the simulator, `bffs` BFF and `workers` worker processes from
 * the build, every one of them talking to the cluster through REDIS_CLUSTER_NODES.
 */
export class ClusterStack {
  readonly bffUrls: string[] = [];
  readonly processes: StackProcess[] = [];
  private readonly secrets = generateDemoSecrets();
  readonly prefix = `cluster-${randomUUID().slice(0, 8)}`;
  private sim!: { process: StackProcess; url: string };

  private constructor(readonly cluster: PrivateCluster) {}

  static async start(options: { cluster?: PrivateClusterOptions; bffs?: number; workers?: number; env?: Record<string, string> } = {}): Promise<ClusterStack> {
    const stack = new ClusterStack(await PrivateCluster.start(options.cluster));
    try {
      stack.sim = await spawnSimulator(stack.secrets, { SIM_LOG_LEVEL: 'warn', SIM_UPLOAD_ROWS_PER_SECOND: '20' });
      stack.processes.push(stack.sim.process);
      const env = { ...stack.cluster.env, BFF_API_KEYS: apiKeysJson(APPS), BFF_ADMIN_DASHBOARD: 'false', ...options.env };
      const opts = { secrets: stack.secrets, redisPrefix: stack.prefix };
      // Two at a time (a busy machine starts four Nest processes at once slowly), each kept as soon as it is up, so
      // that a failed start still stops the ones that did start.
      await inPairs(options.bffs ?? 2, () => spawnBff(stack.sim.url, opts, env).then((bff) => (stack.processes.push(bff.process), stack.bffUrls.push(bff.url))));
      await inPairs(options.workers ?? 2, () => spawnWorker(stack.sim.url, opts, env).then((worker) => stack.processes.push(worker)));
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  async stop(): Promise<void> {
    try {
      // CLUSTER_LOG=<file> keeps every process's lines for a look after the run.
      if (process.env.CLUSTER_LOG) writeFileSync(process.env.CLUSTER_LOG, this.lines().join('\n'));
    } finally {
      await Promise.all(this.processes.map((p) => p.stop()));
      await this.cluster.dispose();
    }
  }

  /** Every line every process wrote. */
  lines(): string[] {
    return this.processes.flatMap((p) => p.lines.map((line) => `${p.name}: ${line}`));
  }

  /** Lines that report a rejection or exception nobody handled, in any process. */
  unhandled(): string[] {
    return this.lines().filter((line) => /unhandled|uncaught/i.test(line));
  }

  async call(bff: number, method: string, path: string, init: { body?: unknown; key?: string; as?: AppName; headers?: Record<string, string> } = {}): Promise<{ status: number; body: any; headers: Headers }> {
    const headers: Record<string, string> = { authorization: `Bearer ${APPS[init.as ?? 'all'].key}`, ...(init.key ? { 'idempotency-key': init.key } : {}), ...init.headers };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.bffUrls[bff]}${path}`, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: response.status, body, headers: response.headers };
  }

  async simStats(): Promise<{ logins: Record<string, number>; requests: Record<string, number> }> {
    return (await fetch(`${this.sim.url}/__sim/stats`)).json() as Promise<{ logins: Record<string, number>; requests: Record<string, number> }>;
  }

  /** How many transfers Migo applied for this app's Idempotency-Key. */
  async transfersApplied(key: string, as: TestAppName = 'all'): Promise<number> {
    const writes = (await (await fetch(`${this.sim.url}/__sim/writes?reference=${referenceOf(as, key)}`)).json()) as { transfers: unknown[] };
    return writes.transfers.length;
  }

  /** A card transfer with its Idempotency-Key through BFF `bff`. */
  transfer(bff: number, key: string, amount = 1.25): Promise<{ status: number; body: any; headers: Headers }> {
    return this.call(bff, 'POST', '/v1/wallet/cards/transfer', { key, body: { fromCardId: 5001, toCardId: 5002, amount } });
  }

  /** Starts a tracked cardholder upload (a job) through BFF `bff`; resolves with the job's id. */
  async startUpload(bff: number, count: number, firstCard: number): Promise<string> {
    const answer = await this.call(bff, 'POST', '/v1/cms/partners/acme/cardholders/upload', { body: cardholderRows(count, firstCard) });
    if (answer.status !== 202) throw new Error(`upload answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return (answer.body as { job: { id: string } }).job.id;
  }

  /** Reads BFF `bff`'s event stream until `jobId` finishes (or the timeout); `lastEventId` replays what came after it. */
  events(bff: number, jobId: () => string, options: { lastEventId?: string; onOpen?: () => void; timeoutMs?: number } = {}) {
    const headers = { authorization: `Bearer ${TEST_APPS.all.key}`, ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}) };
    return readEvents(`${this.bffUrls[bff]}/v1/events`, headers, {
      onOpen: options.onOpen,
      until: (event) => event.event === 'job' && event.data.id === jobId() && ['succeeded', 'failed'].includes(event.data.state),
      timeoutMs: options.timeoutMs ?? 30_000,
    });
  }
}
