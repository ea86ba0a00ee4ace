// Finds the Redis the stack should use, or starts a private one when none is running and redis-server exists.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * How the stack's Redis should run; docker-compose.yml passes the same flags. No eviction, as BullMQ requires. Hashes
 * stay in the compact listpack encoding up to 256-byte values (the default is 64): a tracker's BullMQ job (data ~180 B,
 * opts ~120 B) and a finished job record (its result) are over 64 and would each become a hash table, 731 against
 * 496 B for a payment-link tracker and 1,840 B for its finished record. Expired keys are freed in the background: an
 * hour of support's request index is one hash (~110 B a request), tens of MB for a busy app, which freeing inline
 * would block Redis for.
 */
export const REDIS_SERVER_FLAGS = ['--maxmemory-policy', 'noeviction', '--hash-max-listpack-value', '256', '--lazyfree-lazy-expire', 'yes'];

/** Sends PING and resolves true on +PONG (or an auth error, which still proves a server is there). */
export function pingRedis(url, timeoutMs = 1000) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(/^\+PONG|^-NOAUTH/.test(data.toString())));
  });
}

function hasRedisServer() {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

function isLocal(hostname) {
  return ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(hostname);
}

/**
 * Resolves to { url, owned, stop }. `owned` is true when this call started a private redis-server
 * (no persistence, REDIS_SERVER_FLAGS), which `stop()` shuts down.
 */
export async function ensureRedis(url = process.env.REDIS_URL || DEFAULT_REDIS_URL, log = (line) => process.stdout.write(`${line}\n`)) {
  if (await pingRedis(url)) return { url, owned: false, stop: async () => {} };
  const { hostname, port } = new URL(url);
  if (!isLocal(hostname) || !hasRedisServer()) {
    throw new Error(
      `No Redis answers at ${url}. Start one (for example "redis-server --daemonize yes", ` +
        `"apt-get install redis-server", or "docker run -p 6379:6379 redis:8.10"), or point REDIS_URL at yours.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'migo-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port || 6379), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...REDIS_SERVER_FLAGS, '--dir', dir],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 5000;
  while (!(await pingRedis(url, 300))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`Could not start a private redis-server on ${url}.`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`No Redis was running at ${url}: started a private redis-server there (no persistence); it stops with this command.`);
  return {
    url,
    owned: true,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
