import type { Queue } from 'bullmq';
import { type RedisConnection, whenRedisReady } from '#common';

/**
 * Waits (at most `timeoutMs`) until the request-path Redis connections — the BFF's own and the tracker queues'
 * producers — are up before the BFF accepts traffic: they fail fast rather than queue commands while disconnected (503
 * during an outage), so a request arriving before they had connected would fail although Redis is fine. If Redis is
 * down at boot the BFF starts anyway, unready (/health/ready answers 503), and the connections keep retrying.
 */
export async function awaitRequestPathRedis(redis: RedisConnection, queues: readonly Queue[], timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const queuesReady = Promise.all(queues.map((queue) => queue.waitUntilReady())).then(
    () => true,
    () => false,
  );
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    const [own, producers] = await Promise.all([whenRedisReady(redis, timeoutMs), Promise.race([queuesReady, timedOut])]);
    return own && producers;
  } finally {
    clearTimeout(timer);
  }
}
