import { Redis } from 'ioredis';
import { generateDemoSecrets } from './demo-secrets.js';
import type { DemoSecrets } from './demo-secrets.js';
import { TEST_APPS } from './bff.js';
import type { TestAppName } from './bff.js';
import { PrivateRedis } from './private-redis.js';
import { spawnBff, spawnSimulator, spawnWorker, StackProcess } from './processes.js';
import { uniquePrefix } from './redis.js';

/** Every status the BFF documents (OpenAPI): anything else is a bug. */
export const DOCUMENTED_STATUSES = [200, 201, 202, 204, 304, 400, 401, 403, 404, 409, 413, 415, 422, 429, 502, 503, 504];

export interface HttpAnswer {
  status: number;
  body: any;
  headers: Headers;
}

/**
 * One fault suite's stack, as real processes from the build: a simulator, BFF and worker processes, and a Redis of
 * the suite's own (PrivateRedis, persistent as production runs it) that the suite may stop, freeze or restart.
 * Every answer the suite gets through `call` is checked against the documented statuses and problem+json.
 */
export class FaultStack {
  readonly secrets: DemoSecrets = generateDemoSecrets();
  readonly prefix = uniquePrefix('faults');
  readonly processes: StackProcess[] = [];
  readonly answers: Array<{ path: string; status: number; contentType: string | null }> = [];
  sim!: { process: StackProcess; url: string };

  private constructor(readonly redis: PrivateRedis) {}

  static async start(simEnv: Record<string, string> = {}): Promise<FaultStack> {
    const stack = new FaultStack(await PrivateRedis.start({ persistent: true }));
    stack.sim = await spawnSimulator(stack.secrets, simEnv);
    stack.processes.push(stack.sim.process);
    return stack;
  }

  private env(extra: Record<string, string>): Record<string, string> {
    return { REDIS_URL: this.redis.url, ...extra };
  }

  async bff(env: Record<string, string> = {}): Promise<{ process: StackProcess; url: string }> {
    const bff = await spawnBff(this.sim.url, { secrets: this.secrets, redisPrefix: this.prefix }, this.env({ BFF_RATE_LIMIT: '0', BFF_ADMIN_DASHBOARD: 'false', ...env }));
    this.processes.push(bff.process);
    return bff;
  }

  async worker(env: Record<string, string> = {}): Promise<StackProcess> {
    const worker = await spawnWorker(this.sim.url, { secrets: this.secrets, redisPrefix: this.prefix }, this.env(env));
    this.processes.push(worker);
    return worker;
  }

  /** A JSON call to a BFF as one of the test apps; the answer is recorded for the invariants. */
  async call(base: string, method: string, path: string, body?: unknown, as: TestAppName = 'all', extraHeaders: Record<string, string> = {}): Promise<HttpAnswer> {
    const headers: Record<string, string> = { authorization: `Bearer ${TEST_APPS[as].key}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...extraHeaders };
    const response = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    this.answers.push({ path: `${method} ${path}`, status: response.status, contentType: response.headers.get('content-type') });
    return { status: response.status, body: parsed, headers: response.headers };
  }

  async simCall(method: string, path: string, body?: unknown): Promise<any> {
    const response = await fetch(`${this.sim.url}${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return response.json();
  }

  async simStats(): Promise<{ logins: Record<string, number>; refreshes: Record<string, number>; requests: Record<string, number> }> {
    return this.simCall('GET', '/__sim/stats');
  }

  /** A client of the suite's Redis (closed by the caller). */
  connect(): Redis {
    return new Redis(this.redis.url, { maxRetriesPerRequest: 1 });
  }

  /** Answers outside the documented statuses, or errors that are not problem+json. */
  undocumentedAnswers(): typeof this.answers {
    return this.answers.filter((answer) => !DOCUMENTED_STATUSES.includes(answer.status) || (answer.status >= 400 && !answer.contentType?.includes('application/problem+json')));
  }

  /** Log lines of any process that speak of an unhandled rejection, error event or exception. */
  unhandledFailures(): string[] {
    return this.processes.flatMap((process) => process.lines.filter((line) => /unhandled|uncaught/i.test(line)).map((line) => `${process.name}: ${line}`));
  }

  async stop(): Promise<void> {
    this.redis.thaw();
    await Promise.all(this.processes.map((process) => process.stop()));
    await this.redis.dispose();
  }
}
