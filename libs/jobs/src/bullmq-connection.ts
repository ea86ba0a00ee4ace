import type { ConnectionOptions } from 'bullmq';

/** BullMQ keys live under the deployment prefix; queue names carry their own Cluster hash tags. */
export function bullPrefix(redisKeyPrefix: string): string {
  return `${redisKeyPrefix}:bull`;
}

/**
 * Connection options for BullMQ. Producers on an HTTP path fail fast while Redis is down (→ 503) instead of queueing
 * commands; workers block and must retry forever (BullMQ requires maxRetriesPerRequest: null).
 */
export function bullConnection(url: string, role: 'producer' | 'worker'): ConnectionOptions {
  return role === 'producer' ? { url, enableOfflineQueue: false, maxRetriesPerRequest: 1 } : { url, maxRetriesPerRequest: null };
}
