import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
// The flags every Redis of the stack runs with (no eviction for BullMQ, compact hashes); scripts/lib/redis.mjs says why.
import { pingRedis, REDIS_SERVER_FLAGS } from '../../scripts/lib/redis.mjs';
import { freePort } from './net.js';

export interface PrivateRedisOptions {
  /**
   * Append-only file with fsync on every write, as production runs (docker-compose.yml): a stop and a restart keep the
   * data. Without it a restart comes back empty, like a Redis that lost its memory.
   */
  persistent?: boolean;
}

/**
 * A redis-server of one test's own on a free port, for faults: stopped, frozen (SIGSTOP), restarted on the same port.
 * Never the shared Redis: other suites run against that one at the same time.
 */
export class PrivateRedis {
  private child: ChildProcess | undefined;
  private frozen = false;

  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly options: PrivateRedisOptions,
  ) {}

  static async start(options: PrivateRedisOptions = {}): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort(), mkdtempSync(join(tmpdir(), 'migo-fault-redis-')), options);
    await redis.restart();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the server (again) on the same port and directory, and waits until it answers PING. */
  async restart(): Promise<void> {
    if (this.running) return;
    const persistence = this.options.persistent ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', ...persistence, ...REDIS_SERVER_FLAGS, '--dir', this.dir], { stdio: 'ignore' });
    this.frozen = false;
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (await pingRedis(this.url, 300)) return;
      if (!this.running || Date.now() > deadline) throw new Error(`redis-server did not start on port ${this.port}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** A clean stop (SIGTERM): clients see the connection close, then refused connections until restart(). */
  async stop(): Promise<void> {
    if (!this.running) return;
    if (this.frozen) this.thaw();
    const exited = once(this.child!, 'exit');
    this.child!.kill('SIGTERM');
    await exited;
  }

  /** A crash (SIGKILL): nothing flushed beyond what the append-only file already holds. */
  async crash(): Promise<void> {
    if (!this.running) return;
    const exited = once(this.child!, 'exit');
    this.child!.kill('SIGKILL');
    await exited;
    this.frozen = false;
  }

  /** SIGSTOP: connections stay open and commands get no answer, as with a Redis stuck in a long operation or a partition. */
  freeze(): void {
    if (!this.running || this.frozen) return;
    this.child!.kill('SIGSTOP');
    this.frozen = true;
  }

  thaw(): void {
    if (!this.running || !this.frozen) return;
    this.child!.kill('SIGCONT');
    this.frozen = false;
  }

  /** A new client of this server (the caller closes it). */
  connect(): Redis {
    return new Redis(this.url, { maxRetriesPerRequest: 1, lazyConnect: false });
  }

  /** Stops the server for good and removes its directory. */
  async dispose(): Promise<void> {
    await this.crash();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
