import type { ConnectionOptions } from 'bullmq';
import { createRedisConnection, redisTarget, type RedisEnv } from '#common';

/** BullMQ keys live under the deployment prefix; queue names carry their own Cluster hash tags. */
export function bullPrefix(redisKeyPrefix: string): string {
  return `${redisKeyPrefix}:bull`;
}

type BullEnv = Pick<RedisEnv, 'REDIS_URL' | 'REDIS_CLUSTER_NODES' | 'REDIS_COMMAND_TIMEOUT_MS' | 'REDIS_CONNECT_TIMEOUT_MS'>;

/**
 * Connection for BullMQ. Producers on an HTTP path fail fast while Redis is down (→ 503) instead of queueing commands,
 * and give up on a command a frozen Redis does not answer (REDIS_COMMAND_TIMEOUT_MS, REDIS_CONNECT_TIMEOUT_MS); workers
 * block and must retry forever (BullMQ requires maxRetriesPerRequest: null).
 *
 * On one server these are options, and BullMQ opens (and closes) its own connections. On a cluster BullMQ needs a
 * Cluster instance: it is shared by every queue of the process (workers duplicate it for their blocking reads), and
 * whoever asked for it closes it.
 */
export function bullConnection(env: BullEnv, role: 'producer' | 'worker'): ConnectionOptions {
  const target = redisTarget(env);
  if (target.kind === 'cluster') {
    return createRedisConnection(env, role === 'producer' ? 'request' : 'blocking', `bull-${role}`) as ConnectionOptions;
  }
  const { url } = target;
  if (role === 'worker') return { url, maxRetriesPerRequest: null };
  return { url, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: env.REDIS_COMMAND_TIMEOUT_MS, connectTimeout: env.REDIS_CONNECT_TIMEOUT_MS };
}

/**
 * Options of every tracker queue, the same in the BFF (producer) and the worker. Nothing here reads BullMQ's own event
 * stream (apps get their job events from the job store), so it is kept short: at its default of 10,000 entries it
 * held about 80 bytes per tracked job while 10,000 were tracked.
 */
export const TRACKER_QUEUE_OPTIONS = { streams: { events: { maxLen: 1000 } } } as const;
