import net from 'node:net';
import { TEST_REDIS_URL } from '#test-support';
import { RedisEnv } from './redis.config.js';
import { createRedisClient, whenRedisReady } from './redis.module.js';

const envFor = (url: string) => Object.assign(new RedisEnv(), { REDIS_URL: url });

describe('whenRedisReady', () => {
  it('resolves true once the HTTP-path connection is ready (and at once when it already is)', async () => {
    const redis = createRedisClient(envFor(TEST_REDIS_URL), 'ready-spec');
    try {
      expect(await whenRedisReady(redis, 5000)).toBe(true);
      expect(await whenRedisReady(redis, 1)).toBe(true);
    } finally {
      redis.disconnect();
    }
  });

  it('resolves false after the timeout when nothing answers', async () => {
    // A port that accepts connections and never speaks: the client stays connecting.
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const redis = createRedisClient(envFor(`redis://127.0.0.1:${(silent.address() as net.AddressInfo).port}`), 'silent-spec');
    redis.on('error', () => undefined);
    try {
      expect(await whenRedisReady(redis, 150)).toBe(false);
    } finally {
      redis.disconnect();
      silent.close();
    }
  });
});
