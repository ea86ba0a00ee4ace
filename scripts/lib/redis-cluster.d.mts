// Types for the TypeScript test support that starts a local Redis Cluster (scripts/lib/redis-cluster.mjs).
export interface LocalRedisCluster {
  readonly nodes: string[];
  readonly ports: number[];
  masterPorts(): Promise<number[]>;
  masterOfSlot(slot: number): Promise<number>;
  replicasOf(port: number): Promise<number[]>;
  kill(port: number): Promise<void>;
  killMaster(port: number, timeoutMs?: number): Promise<number>;
  failover(port: number, timeoutMs?: number): Promise<number>;
  restart(port: number, timeoutMs?: number): Promise<void>;
  waitHealthy(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}
export interface ClusterNode {
  id: string;
  port: number;
  flags: string[];
  master: string;
  linkState: string;
  slots: string[];
}
export declare function parseClusterNodes(text: string): ClusterNode[];
export declare function startRedisCluster(options?: {
  masters?: number;
  replicas?: number;
  nodeTimeoutMs?: number;
  log?: (line: string) => void;
}): Promise<LocalRedisCluster>;
