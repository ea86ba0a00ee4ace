import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { DemoSecrets } from './demo-secrets.js';
import { apiKeysJson, assertNoContractViolations, CONTRACT_CHECKED, isContractViolationLine } from './bff.js';
import { TEST_REDIS_URL } from './redis.js';
import { simulatorEnv } from './simulator.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** One app of the stack running as a real process from the build (as in production and `npm start`). */
export class StackProcess {
  readonly lines: string[] = [];
  private readonly waiters: Array<{ pattern: RegExp; resolve: (match: RegExpMatchArray) => void }> = [];

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
    /** Run on the lines once the process has ended (stop or crash): throws what the process reported wrongly. */
    private readonly checkLines: (lines: readonly string[]) => void = () => {},
  ) {
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        this.lines.push(line);
        for (const waiter of [...this.waiters]) {
          const match = line.match(waiter.pattern);
          if (match) {
            this.waiters.splice(this.waiters.indexOf(waiter), 1);
            waiter.resolve(match);
          }
        }
      });
    }
  }

  waitFor(pattern: RegExp, timeoutMs = 20000): Promise<RegExpMatchArray> {
    const seen = this.lines.map((line) => line.match(pattern)).find(Boolean);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: no line matching ${pattern} within ${timeoutMs} ms\n${this.lines.slice(-20).join('\n')}`)), timeoutMs);
      this.waiters.push({ pattern, resolve: (match) => (clearTimeout(timer), resolve(match)) });
      this.child.once('exit', (code) => reject(new Error(`${this.name} exited (${code}) before ${pattern}\n${this.lines.slice(-20).join('\n')}`)));
    });
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILL: a crash, nothing is cleaned up. */
  async crash(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGKILL');
    await once(this.child, 'exit');
    this.checkLines(this.lines);
  }

  /** SIGTERM and wait for a graceful exit; returns the exit code. */
  async stop(timeoutMs = 15000): Promise<number | null> {
    if (!this.running) return this.child.exitCode;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const [code] = (await exited) as [number | null];
    clearTimeout(timer);
    this.checkLines(this.lines);
    return code;
  }
}

function spawnApp(name: string, entry: string, env: Record<string, string>, checkLines?: (lines: readonly string[]) => void): StackProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, entry)], { env: { ...process.env, NODE_OPTIONS: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new StackProcess(name, child, checkLines);
}

export interface StackOptions {
  secrets: DemoSecrets;
  redisPrefix: string;
}

export async function spawnSimulator(secrets: DemoSecrets, env: Record<string, string> = {}): Promise<{ process: StackProcess; url: string }> {
  const sim = spawnApp('simulator', 'dist/apps/migo-simulator/src/main.js', { ...simulatorEnv(secrets), ...env });
  const [, url] = await sim.waitFor(/listening on (http:\/\/\S+)/);
  return { process: sim, url };
}

function appEnv(simUrl: string, options: StackOptions): Record<string, string> {
  const s = options.secrets;
  return {
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: options.redisPrefix,
    MIGO_WALLET_BASE_URL: `${simUrl}/rest`,
    MIGO_CMS_BASE_URL: `${simUrl}/cms/rest`,
    MIGO_MIDDLEWARE_BASE_URL: `${simUrl}/mw`,
    MIGO_MIGRATION_BASE_URL: `${simUrl}/migration`,
    MIGO_MERCHANT_SLUG: s.merchantSlug,
    MIGO_MERCHANT_PRIVATE_KEY: s.privateKeyPem,
    MIGO_CMS_OPERATOR_EMAIL: 'ops@acme.test',
    MIGO_CMS_OPERATOR_PASSWORD: 'Operator#2026',
    MIGO_MW_MERCHANT_TOKEN: s.middlewareMerchantToken,
    MIGO_MW_JWT: s.middlewareJwt,
    MIGO_MIGRATION_JWT: s.migrationJwt,
    LOG_LEVEL: 'info',
  };
}

/** Waits for the line that says the process serves; one that never says it is killed, not left behind the suite. */
async function untilReady(app: StackProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  try {
    return await app.waitFor(pattern);
  } catch (error) {
    await app.crash();
    throw error;
  }
}

export async function spawnBff(simUrl: string, options: StackOptions, env: Record<string, string> = {}): Promise<{ process: StackProcess; url: string }> {
  const bff = spawnApp('bff', 'dist/apps/bff/src/main.js', { ...appEnv(simUrl, options), BFF_PORT: '0', BFF_API_KEYS: apiKeysJson(), ...CONTRACT_CHECKED, ...env }, (lines) =>
    assertNoContractViolations('bff', lines.filter(isContractViolationLine)),
  );
  const [, url] = await untilReady(bff, /bff listening on (http:\/\/\S+)/);
  return { process: bff, url };
}

export async function spawnWorker(simUrl: string, options: StackOptions, env: Record<string, string> = {}): Promise<StackProcess> {
  const worker = spawnApp('worker', 'dist/apps/worker/src/main.js', {
    ...appEnv(simUrl, options),
    TRACKER_MIN_POLL_MS: '100',
    TRACKER_MAX_POLL_MS: '500',
    TRACKER_STREAM_SLICE_MS: '3000',
    WORKER_OPS_PORT: '0',
    ...env,
  });
  await untilReady(worker, /worker ready/);
  return worker;
}
