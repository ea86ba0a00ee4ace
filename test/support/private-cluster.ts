import { Cluster } from 'ioredis';
import { RedisEnv } from '#common';
// The launcher `npm run redis:cluster` and `npm start -- --cluster` use: scripts/lib/redis-cluster.mjs.
import { startRedisCluster, type LocalRedisCluster } from '../../scripts/lib/redis-cluster.mjs';

export interface PrivateClusterOptions {
  masters?: number;
  /** Replicas per master; at least 1 for failover(), killMaster(). */
  replicas?: number;
  /** cluster-node-timeout: how long a silent master lasts before its replica takes over. */
  nodeTimeoutMs?: number;
}

/**
 * A Redis Cluster of one test file's own (redis-server processes on free ports, no persistence), for suites that run
 * the stack on a cluster and fail masters over. Never the shared Redis.
 */
export class PrivateCluster {
  private readonly opened: Cluster[] = [];

  private constructor(readonly local: LocalRedisCluster) {}

  static async start(options: PrivateClusterOptions = {}): Promise<PrivateCluster> {
    return new PrivateCluster(await startRedisCluster({ masters: 3, replicas: 0, nodeTimeoutMs: 1000, ...options }));
  }

  /** Every node, `127.0.0.1:<port>`. */
  get nodes(): string[] {
    return this.local.nodes;
  }

  /** Environment for a spawned BFF or worker: the cluster instead of REDIS_URL. */
  get env(): Record<string, string> {
    return { REDIS_URL: '', REDIS_CLUSTER_NODES: this.nodes.join(',') };
  }

  /** Settings for code that opens its own connections in this process. */
  redisEnv(): RedisEnv {
    return Object.assign(new RedisEnv(), { REDIS_CLUSTER_NODES: this.nodes.join(','), REDIS_COMMAND_TIMEOUT_MS: 10_000 });
  }

  /** A new Cluster client for assertions (closed by dispose()). */
  connect(): Cluster {
    const [host, port] = this.nodes[0].split(':');
    const client = new Cluster([{ host, port: Number(port) }], { redisOptions: { maxRetriesPerRequest: 1 } });
    client.on('error', () => undefined);
    this.opened.push(client);
    return client;
  }

  masterPorts(): Promise<number[]> {
    return this.local.masterPorts();
  }

  /** The port of the master that serves the slot of `key` now. */
  async masterOf(key: string): Promise<number> {
    const { default: calculateSlot } = await import('cluster-key-slot');
    return this.local.masterOfSlot(calculateSlot(key));
  }

  /** Kills (SIGKILL) the master on `port`; resolves with its promoted replica's port once the cluster is ok again. */
  killMaster(port: number): Promise<number> {
    return this.local.killMaster(port);
  }

  /** Starts a killed node again: it rejoins as a replica of the node that took its slots over. */
  restart(port: number): Promise<void> {
    return this.local.restart(port);
  }

  /** A manual failover of the master on `port` (CLUSTER FAILOVER on its replica): nothing lost. */
  failover(port: number): Promise<number> {
    return this.local.failover(port);
  }

  async dispose(): Promise<void> {
    await Promise.all(this.opened.map((client) => client.quit().catch(() => client.disconnect())));
    await this.local.stop();
  }
}
