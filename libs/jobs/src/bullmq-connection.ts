import type { ConnectionOptions } from 'bullmq';

/** BullMQ keys live under the deployment prefix; queue names carry their own Cluster hash tags. */
export function bullPrefix(redisKeyPrefix: string): string {
  return `${redisKeyPrefix}:bull`;
}

/**
 * Connection options for BullMQ. Producers on an HTTP path fail fast while Redis is down (→ 503) instead of queueing
 * commands, and give up on a command a frozen Redis does not answer (`timeouts`, from REDIS_COMMAND_TIMEOUT_MS and
 * REDIS_CONNECT_TIMEOUT_MS); workers block and must retry forever (BullMQ requires maxRetriesPerRequest: null).
 */
export function bullConnection(url: string, role: 'producer' | 'worker', timeouts: { commandTimeout?: number; connectTimeout?: number } = {}): ConnectionOptions {
  return role === 'producer' ? { url, enableOfflineQueue: false, maxRetriesPerRequest: 1, ...timeouts } : { url, maxRetriesPerRequest: null };
}

/**
 * Options of every tracker queue, the same in the BFF (producer) and the worker. Nothing here reads BullMQ's own event
 * stream (apps get their job events from the job store), so it is kept short: at its default of 10,000 entries it
 * held about 80 bytes per tracked job while 10,000 were tracked.
 */
export const TRACKER_QUEUE_OPTIONS = { streams: { events: { maxLen: 1000 } } } as const;
