import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisEnv, RedisKeys } from '#common';

export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The connection settings of the shared test Redis, for code that opens its own connections (BullMQ queues, workers). */
export function testRedisEnv(): RedisEnv {
  return Object.assign(new RedisEnv(), { REDIS_URL: TEST_REDIS_URL });
}

/** A key prefix of its own for one suite, so parallel suites never see each other's keys. */
export function uniquePrefix(label: string): string {
  return `migo-test:${label}:${randomBytes(4).toString('hex')}`;
}

export interface TestRedis {
  prefix: string;
  keys: RedisKeys;
  /** A new connection (as another process would have its own). */
  connect(): Redis;
  /** Deletes every key under the prefix and closes the connections this helper opened. */
  cleanup(): Promise<void>;
}

export function testRedis(label: string): TestRedis {
  const prefix = uniquePrefix(label);
  const opened: Redis[] = [];
  return {
    prefix,
    keys: new RedisKeys(prefix),
    connect() {
      const client = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: false });
      opened.push(client);
      return client;
    },
    async cleanup() {
      const admin = new Redis(TEST_REDIS_URL);
      let cursor = '0';
      do {
        const [next, found] = await admin.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        cursor = next;
        if (found.length > 0) await admin.del(...found);
      } while (cursor !== '0');
      await admin.quit();
      await Promise.all(opened.map((client) => client.quit().catch(() => client.disconnect())));
    },
  };
}
