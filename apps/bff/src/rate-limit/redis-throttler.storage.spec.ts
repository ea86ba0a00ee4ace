import { Redis } from 'ioredis';
import { testRedis, TestRedis } from '#test-support';
import { leaseSize, RedisThrottlerStorage } from './redis-throttler.storage.js';

describe('RedisThrottlerStorage: per-app windows shared by every instance', () => {
  let redis: TestRedis;
  let commands: number;

  beforeAll(() => {
    redis = testRedis('rate-limit-storage');
  });
  afterAll(() => redis.cleanup());

  /** A BFF instance: its own connection and storage, counting the scripts it sends to Redis. */
  function instance(now?: () => number): RedisThrottlerStorage {
    const client = redis.connect();
    const send = client.sendCommand.bind(client);
    client.sendCommand = ((command: Parameters<typeof client.sendCommand>[0]) => {
      if (/^eval/i.test(command.name)) commands++;
      return send(command);
    }) as typeof client.sendCommand;
    return new RedisThrottlerStorage(client, redis.keys, now);
  }

  const hit = (storage: RedisThrottlerStorage, app: string, limit: number, ttlMs = 60_000) => storage.increment(app, ttlMs, limit, ttlMs, 'default');

  it('counts small limits exactly, request by request, across instances', async () => {
    commands = 0;
    const [one, two] = [instance(), instance()];
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await hit(i % 2 === 0 ? one : two, 'small', 4));
    expect(answers.map((a) => a.isBlocked)).toEqual([false, false, false, false, true, true]);
    expect(answers.slice(0, 4).map((a) => a.totalHits)).toEqual([1, 2, 3, 4]);
    expect(answers[4]).toMatchObject({ isBlocked: true, timeToBlockExpire: 60 });
    expect(leaseSize(4)).toBe(1);
  });

  it('never admits more than a large limit across instances, with one Redis call per lease instead of per request', async () => {
    commands = 0;
    const limit = 1000;
    const instances = [instance(), instance(), instance()];
    let admitted = 0;
    // 1,500 requests, 50 at a time, spread over the three instances.
    for (let wave = 0; wave < 30; wave++) {
      const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => hit(instances[(wave + i) % 3], 'large', limit)));
      admitted += answers.filter((a) => !a.isBlocked).length;
    }
    // Each instance strands at most one unused lease (10 hits) when the window runs out.
    expect(admitted).toBeLessThanOrEqual(limit);
    expect(admitted).toBeGreaterThanOrEqual(limit - 2 * leaseSize(limit));
    // 1,000 hits in leases of 10, plus the calls that found the window used up (once per instance).
    expect(commands).toBeLessThanOrEqual(limit / leaseSize(limit) + 3 + 3);
  });

  it('admits again once the window is over, and refuses in between without asking Redis', async () => {
    let clock = Date.now();
    const storage = instance(() => clock);
    for (let i = 0; i < 300; i++) await hit(storage, 'windowed', 300, 1000);
    commands = 0;
    expect(await hit(storage, 'windowed', 300, 1000)).toMatchObject({ isBlocked: true });
    expect(await hit(storage, 'windowed', 300, 1000)).toMatchObject({ isBlocked: true });
    expect(commands).toBe(1); // the call that found the window used up; the next refusal was local

    await new Promise((resolve) => setTimeout(resolve, 1100));
    clock = Date.now();
    expect(await hit(storage, 'windowed', 300, 1000)).toMatchObject({ isBlocked: false, totalHits: 1 });
  });

  it('while Redis cannot be asked, counts alone in memory against the whole limit instead of refusing (or failing) every request', async () => {
    const away = new Redis('redis://127.0.0.1:1', { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true, retryStrategy: () => null });
    let clock = Date.now();
    const storage = new RedisThrottlerStorage(away, redis.keys, () => clock);
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await hit(storage, 'outage', 5, 1000));
    expect(answers.map((a) => a.isBlocked)).toEqual([false, false, false, false, false, true]);
    clock += 1001;
    expect(await hit(storage, 'outage', 5, 1000)).toMatchObject({ isBlocked: false, totalHits: 1 });
    away.disconnect();
  });
});
