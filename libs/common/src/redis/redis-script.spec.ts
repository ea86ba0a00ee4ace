import { testRedis, TestRedis } from '#test-support';
import { CrossSlotKeysError, redisScript } from './redis-script.js';

const SET_BOTH = { lua: "redis.call('SET', KEYS[1], ARGV[1]); redis.call('SET', KEYS[2], ARGV[1]); return 1", numberOfKeys: 2 };

describe('redisScript on one Redis server', () => {
  let redis: TestRedis;
  beforeEach(() => (redis = testRedis('redis-script')));
  afterEach(() => redis.cleanup());

  it('refuses keys in two hash slots before Redis sees them (they would be CROSSSLOT on a cluster)', async () => {
    const client = redis.connect();
    const setBoth = redisScript<number>(client, 'migoSpecSetBoth', SET_BOTH);
    const [a, b] = [redis.keys.key('{app:a}', 'x'), redis.keys.key('owner', 'x')];
    await expect(setBoth(a, b, 'v')).rejects.toBeInstanceOf(CrossSlotKeysError);
    expect(await client.exists(a, b)).toBe(0);
  });

  it('runs keys that share a hash tag, and does not count arguments as keys', async () => {
    const client = redis.connect();
    const setBoth = redisScript<number>(client, 'migoSpecSetBothTagged', SET_BOTH);
    const [a, b] = [redis.keys.key('{app:a}', 'x'), redis.keys.key('{app:a}', 'y')];
    expect(await setBoth(a, b, redis.keys.key('{app:other}', 'not-a-key'))).toBe(1);
    expect(await client.exists(a, b)).toBe(2);
  });
});
