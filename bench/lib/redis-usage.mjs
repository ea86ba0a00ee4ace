// What the benchmark's Redis holds and spends: INFO figures, and bytes per kind of key under a prefix; summed over the
// masters when the benchmark runs on a Redis Cluster.
import { Redis } from 'ioredis';

/**
 * Admin connections to the benchmark's Redis: the one server, or every master of the cluster (startRedis in stack.mjs).
 * CONFIG SET goes to each; `quit()` closes them.
 */
export async function redisAdmin(redis) {
  const addresses = redis.clusterNodes ? await redis.masters() : [redis.url];
  const nodes = addresses.map((address) => new Redis(address, { maxRetriesPerRequest: 1 }));
  return {
    nodes,
    configSet: (name, value) => Promise.all(nodes.map((node) => node.config('SET', name, value))),
    configGet: async (name) => (await nodes[0].config('GET', name))[1],
    quit: () => Promise.all(nodes.map((node) => node.quit().catch(() => node.disconnect()))),
  };
}

/** used_memory (bytes) and CPU seconds (user + system) so far, summed over the admin's nodes. */
export async function redisInfo(admin) {
  const each = await Promise.all(admin.nodes.map(nodeInfo));
  return { usedMemory: each.reduce((sum, info) => sum + info.usedMemory, 0), cpuSeconds: each.reduce((sum, info) => sum + info.cpuSeconds, 0) };
}

async function nodeInfo(redis) {
  const memory = Object.fromEntries((await redis.info('memory')).split('\r\n').filter((l) => l.includes(':')).map((l) => l.split(':')));
  const cpu = Object.fromEntries((await redis.info('cpu')).split('\r\n').filter((l) => l.includes(':')).map((l) => l.split(':')));
  return { usedMemory: Number(memory.used_memory), cpuSeconds: Number(cpu.used_cpu_user) + Number(cpu.used_cpu_sys) };
}

/** Bytes held per kind of key (MEMORY USAGE of every key under the prefix, on every node), to say where a job's memory goes. */
export async function memoryByKind(admin, prefix) {
  const kinds = {};
  for (const node of admin.nodes) await addMemoryByKind(node, prefix, kinds);
  return kinds;
}

async function addMemoryByKind(redis, prefix, kinds) {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    const pipeline = redis.pipeline();
    for (const key of keys) pipeline.memory('USAGE', key, 'SAMPLES', '0');
    const sizes = (await pipeline.exec()) ?? [];
    keys.forEach((key, i) => {
      const rest = key.slice(prefix.length + 1);
      const kind = rest
        .replace(/^\{app:[^}]+\}:job:.*/, 'job record (hash)')
        .replace(/^\{app:[^}]+\}:events$/, 'job events (stream)')
        .replace(/^\{app:[^}]+\}:jobs.*/, 'job index (zset)')
        .replace(/^\{support:[^}]+\}:requests:.*/, 'support: hourly index of requests (hash)')
        .replace(/^\{support:[^}]+\}:segment:.*/, 'support: deflated exchanges (one segment per flush)')
        .replace(/^bull:\{[^}]+\}:job_[0-9a-f]+(:.*)?$/, 'BullMQ tracker job (hash)')
        .replace(/^bull:\{[^}]+\}:.*/, 'BullMQ queue structures')
        .replace(/^(tokens|view-identity|idem).*/, 'sessions, caches, idempotency');
      const entry = (kinds[kind] ??= { keys: 0, bytes: 0 });
      entry.keys++;
      entry.bytes += Number(sizes[i]?.[1] ?? 0);
    });
  } while (cursor !== '0');
}
