import { apiKeysJson, generateDemoSecrets, spawnBff, spawnSimulator, StackProcess, TEST_APPS, testRedis, TestRedis } from '#test-support';

/** Real processes: two BFF instances share each app's allowance through Redis. */
describe('per-app rate limits across BFF instances (e2e)', () => {
  const secrets = generateDemoSecrets();
  let redis: TestRedis;
  let sim: { process: StackProcess; url: string };
  let urls: string[];
  const started: StackProcess[] = [];

  beforeAll(async () => {
    redis = testRedis('e2e-rate-limit');
    sim = await spawnSimulator(secrets);
    started.push(sim.process);
    // acme has a limit of its own; the other apps get BFF_RATE_LIMIT.
    const limits = { BFF_RATE_LIMIT: '4', BFF_RATE_LIMIT_WINDOW_SECONDS: '2', BFF_API_KEYS: apiKeysJson({ ...TEST_APPS, acme: { ...TEST_APPS.acme, rateLimit: 2 } }) };
    const bffs = await Promise.all([spawnBff(sim.url, { secrets, redisPrefix: redis.prefix }, limits), spawnBff(sim.url, { secrets, redisPrefix: redis.prefix }, limits)]);
    started.push(...bffs.map((b) => b.process));
    urls = bffs.map((b) => b.url);
  }, 60000);
  afterAll(async () => {
    await Promise.all(started.map((p) => p.stop()));
    await redis.cleanup();
  }, 60000);

  const call = (url: string, path: string, app: keyof typeof TEST_APPS | null = 'reader') => fetch(`${url}${path}`, { headers: app ? { authorization: `Bearer ${TEST_APPS[app].key}` } : {} });
  const cardReads = async () => ((await (await fetch(`${sim.url}/__sim/stats`)).json()) as { requests: Record<string, number> }).requests['GET /rest/cards/:cardId'] ?? 0;

  it('counts an app across instances, answers 429 problem+json with Retry-After, and lets it in again after the window', async () => {
    // Warm both instances' Migo sessions with another app, then start at the beginning of a fresh 2 s window.
    for (const url of urls) expect((await call(url, '/v1/wallet/cards/5001', 'all')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2000 - (Date.now() % 2000) + 20));
    const statuses = [];
    for (const url of [urls[0], urls[1], urls[0], urls[1]]) statuses.push((await call(url, '/v1/wallet/cards/5001')).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect((await call(urls[0], '/v1/wallet/cards/5001', 'all')).headers.get('x-ratelimit-limit')).toBe('4');
    const upstreamBefore = await cardReads();

    const limited = await call(urls[1], '/v1/wallet/cards/5001');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(await limited.json()).toMatchObject({ status: 429, requestId: expect.any(String) });
    expect(await cardReads()).toBe(upstreamBefore); // a refused request reaches no upstream

    // Another app has its own allowance; public routes are never limited.
    expect((await call(urls[0], '/v1/wallet/cards/5001', 'all')).status).toBe(200);
    expect((await call(urls[0], '/health/live', null)).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100));
    expect((await call(urls[0], '/v1/wallet/cards/5001')).status).toBe(200);
  });

  it("holds an app with a limit of its own to that limit, across instances, while the others keep the default", async () => {
    await new Promise((resolve) => setTimeout(resolve, 2000 - (Date.now() % 2000) + 20));
    const first = await call(urls[0], '/v1/wallet/cards/5001', 'acme');
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect((await call(urls[1], '/v1/wallet/cards/5001', 'acme')).status).toBe(200);
    const upstreamBefore = await cardReads();
    const limited = await call(urls[0], '/v1/wallet/cards/5001', 'acme');
    expect(limited.status).toBe(429);
    expect(await cardReads()).toBe(upstreamBefore);
    for (const url of [urls[0], urls[1], urls[0]]) expect((await call(url, '/v1/wallet/cards/5001')).status).toBe(200); // reader: 3 of 4
  });
});
