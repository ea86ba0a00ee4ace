// What the benchmark's Redis holds and spends: INFO figures, and bytes per kind of key under a prefix. On a cluster
// every figure is read from each master on its own connection and summed; keys are scanned master by master.
import { Redis } from 'ioredis';

/** A plain connection to each server that holds the benchmark's keys (the one server, or every master of a cluster). */
export async function connectMasters(redis) {
  return (await redis.masterUrls()).map((url) => new Redis(url, { maxRetriesPerRequest: 1 }));
}

export async function closeMasters(masters) {
  await Promise.all(masters.map((master) => master.quit().catch(() => master.disconnect())));
}

function infoFields(text) {
  return Object.fromEntries(text.split('\r\n').filter((l) => l.includes(':')).map((l) => l.split(':')));
}

/**
 * used_memory (bytes), CPU seconds (user + system) and client connections so far, summed over the masters (the
 * benchmark's own admin connection to each is not counted), and each master's used_memory.
 */
export async function redisInfo(masters) {
  const each = await Promise.all(
    masters.map(async (master) => {
      const info = infoFields(await master.info());
      return { usedMemory: Number(info.used_memory), cpuSeconds: Number(info.used_cpu_user) + Number(info.used_cpu_sys), clients: Number(info.connected_clients) - 1 };
    }),
  );
  const sum = (key) => each.reduce((total, master) => total + master[key], 0);
  return { usedMemory: sum('usedMemory'), cpuSeconds: sum('cpuSeconds'), clients: sum('clients'), usedMemoryPerMaster: each.map((master) => master.usedMemory) };
}

/**
 * Client connections over the masters by connection name (each process names its connections by role; BullMQ names
 * a queue's own with its prefix and the queue's name in base64, decoded here), the harness's own left out.
 */
export async function connectionsByName(masters, prefix) {
  const names = {};
  for (const master of masters) {
    const lines = String(await master.client('LIST')).trim().split('\n');
    for (const line of lines) {
      if (/ cmd=client\|list /.test(` ${line} `)) continue;
      const raw = /(?:^| )name=(\S*)/.exec(line)?.[1] || '(unnamed)';
      const name = raw.startsWith(`${prefix}:bull:`) ? `BullMQ ${Buffer.from(raw.slice(prefix.length + 6), 'base64').toString('utf8')}` : raw;
      names[name] = (names[name] ?? 0) + 1;
    }
  }
  return names;
}

/** CONFIG SET on every master. */
export async function configSet(masters, settings) {
  for (const master of masters) for (const [name, value] of Object.entries(settings)) await master.config('SET', name, value);
}

function kindOf(key, prefix) {
  return key
    .slice(prefix.length + 1)
    .replace(/^\{app:[^}]+\}:job:.*/, 'job record (hash)')
    .replace(/^\{app:[^}]+\}:events$/, 'job events (stream)')
    .replace(/^\{app:[^}]+\}:jobs.*/, 'job index (zset)')
    .replace(/^\{support:[^}]+\}:requests:.*/, 'support: hourly index of requests (hash)')
    .replace(/^\{support:[^}]+\}:segment:.*/, 'support: deflated exchanges (one segment per flush)')
    .replace(/^bull:\{[^}]+\}:job_[0-9a-f]+(:.*)?$/, 'BullMQ tracker job (hash)')
    .replace(/^bull:\{[^}]+\}:.*/, 'BullMQ queue structures')
    .replace(/^(followers|early-poll):.*/, 'callback hints: followers of a link (set), early-poll gates')
    .replace(/^(tokens|view-identity|idem).*/, 'sessions, caches, idempotency');
}

/**
 * Bytes held per kind of key (MEMORY USAGE of every key under the prefix), to say where a job's memory goes, and how
 * many keys (of each kind, and in all) each master holds, in the order of `masters`, to say how the load spreads
 * over a cluster.
 */
export async function memoryByKind(masters, prefix) {
  const kinds = {};
  const keysPerMaster = [];
  for (const [m, master] of masters.entries()) {
    let held = 0;
    let cursor = '0';
    do {
      const [next, keys] = await master.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      const pipeline = master.pipeline();
      for (const key of keys) pipeline.memory('USAGE', key, 'SAMPLES', '0');
      const sizes = (await pipeline.exec()) ?? [];
      keys.forEach((key, i) => {
        const entry = (kinds[kindOf(key, prefix)] ??= { keys: 0, bytes: 0, keysPerMaster: masters.map(() => 0) });
        entry.keys++;
        entry.keysPerMaster[m]++;
        entry.bytes += Number(sizes[i]?.[1] ?? 0);
      });
      held += keys.length;
    } while (cursor !== '0');
    keysPerMaster.push(held);
  }
  return { kinds, keysPerMaster };
}
