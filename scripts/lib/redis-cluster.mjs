// A local Redis Cluster from the installed redis-server: N masters, R replicas each, on free local ports, for the tests,
// the demo (`npm run redis:cluster`, `npm start -- --cluster`) and the benches. No persistence, the stack's flags.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { ensureRedis, pingRedis, REDIS_SERVER_FLAGS } from './redis.mjs';

const SLOTS = 16384;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1');
    server.once('error', reject);
    server.once('listening', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      /* a node still starting or failing over: ask again */
    }
    if (Date.now() > deadline) throw new Error(`Redis Cluster: ${what} within ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** CLUSTER NODES parsed: one { id, port, flags[], master (its master's id or '-'), slots[] } per known node. */
export function parseClusterNodes(text) {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [id, address, flags, master, , , , linkState, ...slots] = line.split(' ');
      const port = Number(address.split('@')[0].split(':').pop());
      return { id, port, flags: flags.split(','), master, linkState, slots };
    });
}

/**
 * Starts a cluster and resolves when every node reports cluster_state:ok and every replica has synced with its master.
 * `nodeTimeoutMs` is cluster-node-timeout: how long a master may be silent before the others fail it over.
 */
export async function startRedisCluster({ masters = 3, replicas = 0, nodeTimeoutMs = 1000, log = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'migo-redis-cluster-'));
  const nodes = [];
  const admins = new Map();

  const admin = (port) => {
    if (!admins.has(port)) {
      const client = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null, enableOfflineQueue: false });
      client.on('error', () => undefined);
      admins.set(port, client);
    }
    const client = admins.get(port);
    return client.status === 'wait' ? client.connect().then(() => client) : Promise.resolve(client);
  };
  const dropAdmin = (port) => {
    admins.get(port)?.disconnect();
    admins.delete(port);
  };
  const call = async (port, ...args) => (await admin(port)).call(...args);

  async function spawnNode(node) {
    const nodeDir = join(dir, String(node.port));
    mkdirSync(nodeDir, { recursive: true });
    node.child = spawn(
      'redis-server',
      [
        '--port', String(node.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...REDIS_SERVER_FLAGS,
        '--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-port', String(node.busPort),
        '--cluster-node-timeout', String(nodeTimeoutMs),
        // A replica may always take over, however long it was cut off: a test kills masters on purpose.
        '--cluster-replica-validity-factor', '0',
        '--dir', nodeDir,
      ],
      { stdio: 'ignore' },
    );
    const deadline = Date.now() + 10_000;
    while (!(await pingRedis(`redis://127.0.0.1:${node.port}`, 300))) {
      if (node.child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on port ${node.port} (cluster mode)`);
      await sleep(50);
    }
  }

  async function startNode(port, busPort) {
    const node = { port, busPort, child: undefined };
    nodes.push(node);
    await spawnNode(node);
    return node;
  }

  const alive = () => nodes.filter((node) => node.child.exitCode === null && node.child.signalCode === null);

  async function clusterNodes(port) {
    return parseClusterNodes(await call(port, 'cluster', 'nodes'));
  }

  async function waitHealthy(timeoutMs = 20_000) {
    await until('every node reports cluster_state:ok', async () => {
      for (const node of alive()) {
        if (!/cluster_state:ok/.test(await call(node.port, 'cluster', 'info'))) return false;
      }
      return true;
    }, timeoutMs);
    await until('every replica has synced with its master', async () => {
      for (const node of alive()) {
        const info = await call(node.port, 'info', 'replication');
        if (/role:slave/.test(info) && !/master_link_status:up/.test(info)) return false;
      }
      return true;
    }, timeoutMs);
  }

  try {
    const total = masters * (1 + replicas);
    for (let i = 0; i < total; i++) await startNode(await freePort(), await freePort());
    // Distinct config epochs up front, as redis-cli --cluster create does, so no epoch collision has to be resolved.
    for (const [i, node] of nodes.entries()) await call(node.port, 'cluster', 'set-config-epoch', String(i + 1));
    for (const node of nodes.slice(1)) await call(nodes[0].port, 'cluster', 'meet', '127.0.0.1', String(node.port), String(node.busPort));
    for (let m = 0; m < masters; m++) {
      const first = Math.floor((m * SLOTS) / masters);
      const last = Math.floor(((m + 1) * SLOTS) / masters) - 1;
      await call(nodes[m].port, 'cluster', 'addslotsrange', String(first), String(last));
    }
    await until('every node knows every other', async () => {
      for (const node of nodes) if ((await clusterNodes(node.port)).filter((n) => !n.flags.includes('handshake')).length < total) return false;
      return true;
    }, 20_000);
    const masterIds = [];
    for (const node of nodes.slice(0, masters)) masterIds.push(await call(node.port, 'cluster', 'myid'));
    for (const [i, node] of nodes.slice(masters).entries()) {
      await call(node.port, 'cluster', 'replicate', masterIds[i % masters]);
    }
    await waitHealthy();
  } catch (error) {
    for (const node of nodes) node.child.kill('SIGKILL');
    for (const port of admins.keys()) dropAdmin(port);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  log(`Redis Cluster up: ${masters} masters, ${replicas} replica(s) each, on ${nodes.map((node) => node.port).join(', ')}`);

  const cluster = {
    /** Seed nodes as `127.0.0.1:<port>`, every node of the cluster (REDIS_CLUSTER_NODES takes them comma-separated). */
    nodes: nodes.map((node) => `127.0.0.1:${node.port}`),
    ports: nodes.map((node) => node.port),
    /** The ports of the running masters that serve slots, in slot order. */
    async masterPorts() {
      const [seed] = alive();
      const known = await clusterNodes(seed.port);
      return known
        .filter((n) => n.flags.includes('master') && !n.flags.includes('fail') && n.slots.length > 0)
        .sort((a, b) => Number(a.slots[0].split('-')[0]) - Number(b.slots[0].split('-')[0]))
        .map((n) => n.port);
    },
    /** The port of the master serving `slot` now. */
    async masterOfSlot(slot) {
      const [seed] = alive();
      const slots = await call(seed.port, 'cluster', 'slots');
      const range = slots.find(([first, last]) => slot >= first && slot <= last);
      return range[2][1];
    },
    /** The running replicas of the master on `port`. */
    async replicasOf(port) {
      const known = await clusterNodes(port);
      const id = known.find((n) => n.flags.includes('myself')).id;
      return known.filter((n) => n.master === id && !n.flags.includes('fail')).map((n) => n.port);
    },
    /** SIGKILL of one node: a crash, nothing flushed. */
    async kill(port) {
      const node = nodes.find((n) => n.port === port);
      if (!node || node.child.exitCode !== null || node.child.signalCode !== null) return;
      dropAdmin(port);
      const exited = once(node.child, 'exit');
      node.child.kill('SIGKILL');
      await exited;
    },
    /**
     * Kills the master on `port` and resolves with the port of the replica promoted in its place, once every surviving
     * node reports cluster_state:ok again.
     */
    async killMaster(port, timeoutMs = 30_000) {
      const [replica] = await cluster.replicasOf(port);
      if (replica === undefined) throw new Error(`the master on ${port} has no replica to promote`);
      await cluster.kill(port);
      await until(`a replica of ${port} is promoted`, async () => /role:master/.test(await call(replica, 'info', 'replication')), timeoutMs);
      await waitHealthy(timeoutMs);
      return replica;
    },
    /**
     * Starts a killed node again on its port, with its cluster config (nodes.conf) but no data: it rejoins the cluster,
     * as a replica of whichever node took over its slots, and resyncs. Resolves once the cluster is ok and synced.
     */
    async restart(port, timeoutMs = 30_000) {
      const node = nodes.find((n) => n.port === port);
      if (!node) throw new Error(`no node of this cluster on ${port}`);
      if (node.child.exitCode === null && node.child.signalCode === null) return;
      await spawnNode(node);
      await until(`the node on ${port} rejoins as a replica`, async () => /role:slave/.test(await call(port, 'info', 'replication')), timeoutMs);
      await waitHealthy(timeoutMs);
    },
    /** A manual failover (CLUSTER FAILOVER on a replica): the replica catches up, then takes over; nothing is lost. */
    async failover(port, timeoutMs = 30_000) {
      const [replica] = await cluster.replicasOf(port);
      if (replica === undefined) throw new Error(`the master on ${port} has no replica to promote`);
      await call(replica, 'cluster', 'failover');
      await until(`the replica ${replica} takes over`, async () => /role:master/.test(await call(replica, 'info', 'replication')), timeoutMs);
      await waitHealthy(timeoutMs);
      return replica;
    },
    waitHealthy,
    /** Stops every node and removes the directory. */
    async stop() {
      for (const port of [...admins.keys()]) dropAdmin(port);
      await Promise.all(
        alive().map((node) => {
          const exited = once(node.child, 'exit');
          node.child.kill('SIGKILL');
          return exited;
        }),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}

/**
 * The Redis of `npm start` / `npm run dev`: the cluster named by REDIS_CLUSTER_NODES, a private 3-master cluster with
 * `--cluster`, or else one server (ensureRedis). Resolves to { url (for the banner), clusterNodes?, owned, stop }.
 */
export async function ensureStackRedis(argv = process.argv.slice(2), log = (line) => process.stdout.write(`${line}\n`)) {
  const named = process.env.REDIS_CLUSTER_NODES;
  if (named) return { url: `Redis Cluster ${named}`, clusterNodes: named, owned: false, stop: async () => {} };
  if (!argv.includes('--cluster')) return ensureRedis(undefined, log);
  const cluster = await startRedisCluster({ masters: 3, replicas: 0, nodeTimeoutMs: 2000, log });
  const clusterNodes = cluster.nodes.join(',');
  return { url: `Redis Cluster ${clusterNodes}`, clusterNodes, owned: true, stop: () => cluster.stop() };
}
