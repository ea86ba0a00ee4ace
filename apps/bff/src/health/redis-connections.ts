import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/**
 * Waits (at most `timeoutMs`) until the request-path Redis connections are up before the BFF accepts traffic: they
 * fail fast rather than queue commands while disconnected (503 during an outage), so a request that arrived before they
 * had connected would fail although Redis is fine. If Redis is down at boot the BFF starts anyway, unready
 * (/health/ready answers 503), and the connections keep retrying on their own.
 */
export async function awaitRequestPathRedis(redis: Redis, queues: readonly Queue[], timeoutMs: number): Promise<boolean> {
  const ready = Promise.all([redis.status === 'ready' ? undefined : new Promise<void>((resolve) => redis.once('ready', () => resolve())), ...queues.map((queue) => queue.waitUntilReady())]);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([ready.then(() => true as const, () => false as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
