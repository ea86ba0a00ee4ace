import { Cluster, Redis, type RedisOptions } from 'ioredis';
import { DEFAULT_REDIS_URL, type RedisEnv } from './redis.config.js';

/** A connection to the deployment's Redis: one server, or a Redis Cluster (REDIS_CLUSTER_NODES). Stores take either. */
export type RedisConnection = Redis | Cluster;

/**
 * What a connection is for, which decides how it behaves while Redis is away:
 * - `request`: serves HTTP requests (and BullMQ producers there): no offline queue, one retry, REDIS_COMMAND_TIMEOUT_MS,
 *   so an outage costs a 503, not a hang;
 * - `patient`: the worker's job store: commands wait for the reconnection and are retried for ever;
 * - `blocking`: blocking reads (the BFF's event reader, BullMQ workers): no per-request retry limit, as BullMQ requires.
 */
export type RedisRole = 'request' | 'patient' | 'blocking';

export type RedisTarget = { kind: 'server'; url: string } | { kind: 'cluster'; nodes: Array<{ host: string; port: number }> };

export function redisTarget(env: Pick<RedisEnv, 'REDIS_URL' | 'REDIS_CLUSTER_NODES'>): RedisTarget {
  if (!env.REDIS_CLUSTER_NODES) return { kind: 'server', url: env.REDIS_URL ?? DEFAULT_REDIS_URL };
  const nodes = env.REDIS_CLUSTER_NODES.split(',').map((node) => {
    const at = node.lastIndexOf(':');
    return { host: node.slice(0, at), port: Number(node.slice(at + 1)) };
  });
  return { kind: 'cluster', nodes };
}

type ConnectionEnv = Pick<RedisEnv, 'REDIS_URL' | 'REDIS_CLUSTER_NODES' | 'REDIS_COMMAND_TIMEOUT_MS' | 'REDIS_CONNECT_TIMEOUT_MS'>;

function roleOptions(env: ConnectionEnv, role: RedisRole): RedisOptions {
  if (role === 'request') return { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: env.REDIS_COMMAND_TIMEOUT_MS, connectTimeout: env.REDIS_CONNECT_TIMEOUT_MS };
  return { maxRetriesPerRequest: null };
}

/**
 * The one place every process opens Redis connections. On a cluster, commands follow their key's slot (MOVED/ASK and
 * failovers handled by ioredis), with auto-pipelining so the commands of concurrent requests that go to the same node
 * share a round trip; reads go to masters (a replica may lag behind a write it must see).
 */
export function createRedisConnection(env: ConnectionEnv, role: RedisRole, name: string): RedisConnection {
  const target = redisTarget(env);
  const { enableOfflineQueue, ...options } = roleOptions(env, role);
  if (target.kind === 'server') return new Redis(target.url, { connectionName: name, ...options, ...(enableOfflineQueue === undefined ? {} : { enableOfflineQueue }) });
  return new Cluster(target.nodes, {
    enableOfflineQueue: enableOfflineQueue ?? true,
    enableAutoPipelining: true,
    scaleReads: 'master',
    // A master that died: its slots answer again once a replica is promoted (cluster-node-timeout plus an election).
    retryDelayOnFailover: 200,
    retryDelayOnClusterDown: 200,
    clusterRetryStrategy: (times) => Math.min(100 * times, 2000),
    redisOptions: { connectionName: name, ...options },
  });
}

export function isCluster(redis: RedisConnection): redis is Cluster {
  return redis instanceof Cluster;
}
