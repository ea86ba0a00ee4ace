import calculateSlot from 'cluster-key-slot';
import type { RedisConnection } from './redis-connection.js';

/** A Lua script bound to one connection: `(...keys, ...args)`. */
export type RedisScript<T> = (...keysAndArgs: Array<string | number | Buffer>) => Promise<T>;

/** Thrown when one script or transaction is given keys in more than one hash slot. */
export class CrossSlotKeysError extends Error {
  constructor(what: string, keys: ReadonlyArray<string | Buffer>) {
    super(`${what}: keys in more than one Redis Cluster hash slot (${keys.map(String).join(', ')}); give them one {hash tag}`);
    this.name = 'CrossSlotKeysError';
  }
}

/**
 * Refuses keys that are not all in one hash slot. Checked on one Redis server too, where Redis itself would accept
 * them: a key layout that breaks on a cluster fails in every test run, not only in the cluster's.
 */
export function assertOneSlot(what: string, keys: ReadonlyArray<string | Buffer>): void {
  if (keys.length < 2) return;
  const slot = calculateSlot(keys[0]);
  for (let i = 1; i < keys.length; i++) if (calculateSlot(keys[i]) !== slot) throw new CrossSlotKeysError(what, keys);
}

/**
 * Registers `lua` on the connection under `name` (once per connection) and returns it bound: it goes out as EVALSHA,
 * so the script's text crosses the wire only when Redis does not know it yet, not on every call. Every call's keys must
 * share one hash slot (see {@link assertOneSlot}); the call then rejects without reaching Redis. The number of keys is
 * fixed: on a cluster ioredis routes (and auto-pipelines) a call by its first argument, which must be a key.
 */
export function redisScript<T>(redis: RedisConnection, name: string, script: { lua: string; numberOfKeys: number }): RedisScript<T> {
  if (!(name in redis)) redis.defineCommand(name, script);
  const command = (redis as unknown as Record<string, RedisScript<T>>)[name].bind(redis);
  return (...keysAndArgs) => {
    const keys = keysAndArgs.slice(0, script.numberOfKeys);
    try {
      assertOneSlot(`script ${name}`, keys as Array<string | Buffer>);
    } catch (error) {
      return Promise.reject(error);
    }
    return command(...keysAndArgs);
  };
}
