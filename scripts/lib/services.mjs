// Spawns the stack's Node processes with prefixed output and stops them together.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const COLORS = { simulator: 35, worker: 36, bff: 32 };

export function spawnService(name, entry, env, { quiet = false } = {}) {
  const child = spawn(process.execPath, ['--enable-source-maps', entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tag = process.stdout.isTTY ? `\x1b[${COLORS[name] ?? 37}m[${name}]\x1b[0m` : `[${name}]`;
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (!quiet) process.stdout.write(`${tag} ${line}\n`);
    });
  }
  return child;
}

/** Polls a URL until it answers 2xx, the child dies, or the deadline passes. */
export async function waitForHttp(url, child, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs} ms`);
}

/** SIGTERM every child, then SIGKILL what is still alive after `graceMs`. */
export async function stopAll(children, graceMs = 10000) {
  await Promise.all(
    children
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map(
        (child) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
  );
}
