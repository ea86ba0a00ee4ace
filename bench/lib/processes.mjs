// The benchmark's processes: each app of the stack runs from dist/ as its own Node process, as in production.
// Their output goes to log files (not through this process), so reading it costs the load generator nothing.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const LOG_DIR = mkdtempSync(join(tmpdir(), 'migo-bench-'));
const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux
const spawned = new Set();
let sequence = 0;

// A harness that dies half-way must not leave the stack running behind it.
process.on('exit', () => {
  for (const child of spawned) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

export class BenchProcess {
  constructor(name, child, logFile) {
    this.name = name;
    this.child = child;
    this.logFile = logFile;
  }

  get pid() {
    return this.child.pid;
  }

  get running() {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  log() {
    return readFileSync(this.logFile, 'utf8');
  }

  tail(lines = 20) {
    return this.log().trimEnd().split('\n').slice(-lines).join('\n');
  }

  /** Waits for a line of output matching `pattern`; resolves to the match. */
  async waitFor(pattern, timeoutMs = 30000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.log().match(pattern);
      if (match) return match;
      if (!this.running) throw new Error(`${this.name} exited (${this.child.exitCode ?? this.child.signalCode}) before ${pattern}\n${this.tail()}`);
      if (Date.now() > deadline) throw new Error(`${this.name}: nothing matching ${pattern} within ${timeoutMs} ms\n${this.tail()}`);
      await sleep(100);
    }
  }

  /** CPU seconds (user + system) the process has used so far, from /proc. */
  cpuSeconds() {
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  }

  /** Resident memory in MiB, from /proc. */
  rssMiB() {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  }

  /** Sends a message over the IPC channel (processes spawned with `ipc: true`). */
  send(message) {
    if (this.running) this.child.send(message);
  }

  async stop(graceMs = 10000) {
    if (!this.running) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * Starts `node [nodeArgs] <entry>` with `env` (plus PATH), without source-map support, as production runs it.
 * `ipc` opens a message channel (the CPU profiler hook listens on it).
 */
export function spawnNode(name, entry, env, nodeArgs = [], { ipc = false } = {}) {
  const logFile = join(LOG_DIR, `${String(++sequence).padStart(2, '0')}-${name}.log`);
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, [...nodeArgs, isAbsolute(entry) ? entry : join(ROOT, entry)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env },
    stdio: ['ignore', fd, fd, ...(ipc ? ['ipc'] : [])],
  });
  spawned.add(child);
  child.once('exit', () => spawned.delete(child));
  return new BenchProcess(name, child, logFile);
}

/** Measures a process's CPU use over a window: `const done = cpuMeter(p); …; done()`. */
export function cpuMeter(benchProcess) {
  const startCpu = benchProcess.cpuSeconds();
  const startAt = performance.now();
  return () => {
    const seconds = benchProcess.cpuSeconds() - startCpu;
    const wallSeconds = (performance.now() - startAt) / 1000;
    return { seconds, wallSeconds, percentOfOneCore: (100 * seconds) / wallSeconds };
  };
}
