import type { RedisEnv } from './redis.config.js';
import { isCluster, type RedisConnection } from './redis-connection.js';

/** How many replicas must hold a write that guards money or a job before the BFF acts on it; see REDIS_MIN_REPLICA_ACKS. */
export interface ReplicaAcks {
  replicas: number;
  timeoutMs: number;
}

export function replicaAcksOf(env: Pick<RedisEnv, 'REDIS_MIN_REPLICA_ACKS' | 'REDIS_REPLICA_ACK_TIMEOUT_MS'>): ReplicaAcks {
  return { replicas: env.REDIS_MIN_REPLICA_ACKS, timeoutMs: env.REDIS_REPLICA_ACK_TIMEOUT_MS };
}

/** Not enough replicas acknowledged a write in time: a failover now could lose it, so the caller must not act on it. */
export class ReplicaAcksMissingError extends Error {
  constructor(wanted: number, acked: number, timeoutMs: number) {
    super(`Redis replicas did not acknowledge the write in time (${acked} of ${wanted} within ${timeoutMs} ms)`);
    this.name = 'ReplicaAcksMissingError';
  }
}

/**
 * Waits until `acks.replicas` replicas hold every write this connection made so far, in particular the one to `key`
 * (WAIT counts the writes of the connection it runs on: on a cluster it goes, in a pipeline routed by `key`, down the
 * connection to the master that serves `key`'s slot and just took the write). WAIT holds that connection while it
 * waits, so other commands to the same node queue behind it for up to `timeoutMs` when a replica is slow or gone.
 */
export async function awaitReplicaAcks(redis: RedisConnection, key: string, acks: ReplicaAcks | undefined): Promise<void> {
  if (!acks || acks.replicas <= 0) return;
  let acked: number;
  if (isCluster(redis)) {
    const replies = (await redis.pipeline().exists(key).wait(acks.replicas, acks.timeoutMs).exec()) ?? [];
    const [error, value] = replies[1] ?? [new Error('WAIT got no reply'), 0];
    if (error) throw error;
    acked = Number(value);
  } else {
    acked = await redis.wait(acks.replicas, acks.timeoutMs);
  }
  if (acked < acks.replicas) throw new ReplicaAcksMissingError(acks.replicas, acked, acks.timeoutMs);
}

/**
 * Waits until `acks.replicas` replicas hold every write the master serving `slotKey` took so far, whichever connection
 * made it (a BullMQ queue writes through its own): a master replicates in the order it wrote, so once replicas hold a
 * marker written now, through this connection, in that slot, they hold every earlier write of the slot's master too.
 */
export async function awaitReplicationOfSlot(redis: RedisConnection, slotKey: string, acks: ReplicaAcks | undefined): Promise<void> {
  if (!acks || acks.replicas <= 0) return;
  const marker = `${slotKey}:replicated`;
  await redis.set(marker, '1', 'PX', 60_000);
  await awaitReplicaAcks(redis, marker, acks);
}
