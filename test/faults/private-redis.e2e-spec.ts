import { PrivateRedis } from '#test-support';

describe('PrivateRedis (the fault suites’ own redis-server)', () => {
  let redis: PrivateRedis;
  afterEach(() => redis?.dispose());

  it('keeps data across stop and restart when persistent, and loses it when not', async () => {
    redis = await PrivateRedis.start({ persistent: true });
    const client = redis.connect();
    await client.set('kept', '1');
    await client.quit();
    await redis.stop();
    await redis.restart();
    const again = redis.connect();
    expect(await again.get('kept')).toBe('1');
    await again.quit();
    await redis.dispose();

    redis = await PrivateRedis.start();
    const volatile = redis.connect();
    await volatile.set('lost', '1');
    await volatile.quit();
    await redis.crash();
    await redis.restart();
    const after = redis.connect();
    expect(await after.get('lost')).toBeNull();
    await after.quit();
  });

  it('freezes: a command gets no answer until thawed', async () => {
    redis = await PrivateRedis.start();
    const client = redis.connect();
    await client.ping();
    redis.freeze();
    const answered = client.ping().then(() => Date.now());
    const frozenAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 500));
    redis.thaw();
    expect((await answered) - frozenAt).toBeGreaterThanOrEqual(450);
    await client.quit();
  });
});
