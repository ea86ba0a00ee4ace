import { testRedis, TestRedis } from '#test-support';
import { CrossSlotKeysError, redisScript } from './redis-script.js';

const SET_BOTH = { lua: "redis.call('SET', KEYS[1], ARGV[1]); redis.call('SET', KEYS[2], ARGV[1]); return 1" };

describe('redisScript on one Redis server', () => {
  let redis: TestRedis;
  beforeEach(() => (redis = testRedis('redis-script')));
  afterEach(() => redis.cleanup());

  it('refuses keys in two hash slots before Redis sees them (they would be CROSSSLOT on a cluster)', async () => {
    const client = redis.connect();
    const setBoth = redisScript<number>(client, 'migoSpecSetBoth', { ...SET_BOTH, numberOfKeys: 2 });
    const [a, b] = [redis.keys.key('{app:a}', 'x'), redis.keys.key('{app:b}', 'x')];
    await expect(setBoth(a, b, 'v')).rejects.toBeInstanceOf(CrossSlotKeysError);
    expect(await client.exists(a, b)).toBe(0);
  });

  it('refuses them too when the call passes the number of keys itself', async () => {
    const client = redis.connect();
    const setBoth = redisScript<number>(client, 'migoSpecSetBothCounted', SET_BOTH);
    await expect(setBoth(2, redis.keys.key('owner', 'a'), redis.keys.key('owner', 'b'), 'v')).rejects.toBeInstanceOf(CrossSlotKeysError);
  });

  it('runs keys that share a hash tag, and does not count arguments as keys', async () => {
    const client = redis.connect();
    const setBoth = redisScript<number>(client, 'migoSpecSetBothTagged', { ...SET_BOTH, numberOfKeys: 2 });
    const [a, b] = [redis.keys.key('{app:a}', 'x'), redis.keys.key('{app:a}', 'y')];
    expect(await setBoth(a, b, redis.keys.key('{app:other}', 'not-a-key'))).toBe(1);
    expect(await client.exists(a, b)).toBe(2);
  });
});
