import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { createLogger } from '#common';
import { loadBffConfig } from '../../apps/bff/src/config/load-bff-config.js';
import { contractCheckOf, createBffApp } from '../../apps/bff/src/create-bff-app.js';
import type { ContractViolation } from '../../apps/bff/src/openapi/contract-check.js';
import type { TestRedis } from './redis.js';
import { TEST_REDIS_URL } from './redis.js';
import type { RunningSimulator } from './simulator.js';
import { upstreamEnvFor } from './upstream.js';

/** API keys the test BFF knows, by the role they play in tests. */
export const TEST_APPS = {
  all: { key: 'test-key-all-0001', scopes: ['*'], partners: ['*'] },
  reader: { key: 'test-key-reader-0002', scopes: ['wallet:read', 'cms:read', 'middleware:read', 'jobs:read'], partners: ['*'] },
  acme: { key: 'test-key-acme-0003', scopes: ['wallet:*', 'cms:*', 'middleware:*', 'jobs:read'], partners: ['acme'] },
  writerNoMoney: { key: 'test-key-nomoney-0004', scopes: ['wallet:read', 'wallet:write'], partners: ['*'] },
} as const;

export type TestAppName = keyof typeof TEST_APPS;

export function apiKeysJson(apps: Record<string, { key: string; scopes: readonly string[]; partners: readonly string[]; rateLimit?: number }> = TEST_APPS): string {
  return JSON.stringify(
    Object.entries(apps).map(([name, app]) => ({ name, sha256: createHash('sha256').update(app.key).digest('hex'), scopes: app.scopes, partners: app.partners, rateLimit: app.rateLimit })),
  );
}

export interface CallResult<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

export interface RunningBff {
  url: string;
  app: NestFastifyApplication;
  logLines: string[];
  /** What the contract check saw so far, now forgotten: for a spec that provokes violations on purpose. */
  takeContractViolations(): ContractViolation[];
  call<T = any>(method: string, path: string, init?: { body?: unknown; headers?: Record<string, string>; as?: TestAppName | null; raw?: string | FormData | Uint8Array }): Promise<CallResult<T>>;
  close(): Promise<void>;
}

/**
 * In-process apps share their event loop with Jest, which stalls it for seconds while it compiles a spec: a 1 s Redis
 * command timeout would then fire on answers that came in time. The real processes of the e2e suites keep the default.
 */
export const IN_PROCESS_REDIS = { REDIS_COMMAND_TIMEOUT_MS: '10000' };

/** Every test BFF validates its answers against its own OpenAPI document; its stop fails the suite on a mismatch. */
export const CONTRACT_CHECKED = { BFF_CONTRACT_CHECK: 'report' };

/** A log line of a spawned BFF (JSON, one per line) reporting a contract violation. */
export const isContractViolationLine = (line: string): boolean => line.includes('"msg":"contract violation"');

/** Throws listing what a test BFF answered against its document (a spec that provokes one on purpose takes it first). */
export function assertNoContractViolations(name: string, violations: ReadonlyArray<string | object>): void {
  if (violations.length === 0) return;
  const listed = violations.map((violation) => `- ${typeof violation === 'string' ? violation : JSON.stringify(violation)}`).join('\n');
  throw new Error(`${name} answered against its OpenAPI document (BFF_CONTRACT_CHECK=report):\n${listed}`);
}

/** Env for a BFF wired to a simulator and an isolated Redis prefix. */
export function bffEnvFor(sim: RunningSimulator, redis: TestRedis, overrides: Record<string, string> = {}): Record<string, string> {
  return { ...upstreamEnvFor(sim), REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: redis.prefix, BFF_PORT: '0', LOG_LEVEL: 'info', BFF_API_KEYS: apiKeysJson(), BFF_ADMIN_DASHBOARD: 'false', BFF_API_DOCS_UI: 'false', BFF_RATE_LIMIT: '0', CMS_OPERATOR_SESSIONS: 'true', CMS_SESSION_KEY: randomBytes(32).toString('base64'), ...IN_PROCESS_REDIS, ...CONTRACT_CHECKED, ...overrides };
}

/** Starts the BFF in this process (its log lines are captured, for redaction tests). */
export async function startBff(sim: RunningSimulator, redis: TestRedis, overrides: Record<string, string> = {}): Promise<RunningBff> {
  const logLines: string[] = [];
  const destination = new Writable({ write: (chunk, _encoding, done) => (logLines.push(chunk.toString()), done()) });
  const config = loadBffConfig(bffEnvFor(sim, redis, overrides));
  const app = await createBffApp(config, createLogger({ name: 'bff', level: config.bff.LOG_LEVEL, destination }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    app,
    logLines,
    async call(method, path, init = {}) {
      const as = init.as === undefined ? 'all' : init.as;
      const headers: Record<string, string> = { ...(as ? { authorization: `Bearer ${TEST_APPS[as].key}` } : {}), ...init.headers };
      if (init.body !== undefined) headers['content-type'] ??= 'application/json';
      const response = await fetch(`${url}${path}`, { method, headers, body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)) });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* non-JSON bodies stay text */
      }
      return { status: response.status, body: body as any, text, headers: response.headers };
    },
    takeContractViolations: () => contractCheckOf(app)?.take() ?? [],
    async close() {
      await app.close();
      assertNoContractViolations('The in-process BFF', contractCheckOf(app)?.take() ?? []);
    },
  };
}
