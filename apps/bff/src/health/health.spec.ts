import net from 'node:net';
import { eventually, RunningBff, RunningSimulator, startBff, startSimulator, TEST_REDIS_URL, testRedis, TestRedis } from '#test-support';
import { ShutdownState } from './shutdown-state.js';

/** A TCP hop in front of the real Redis that can be cut and restored, as a network partition would. */
class RedisLink {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  async up(): Promise<void> {
    const target = new URL(TEST_REDIS_URL);
    this.server = net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 6379), target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async down(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }
}

describe('health probes', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;
  let link: RedisLink;
  let bff: RunningBff;

  beforeAll(async () => {
    sim = await startSimulator();
    redis = testRedis('health');
    link = new RedisLink();
    await link.up();
    bff = await startBff(sim, redis, { REDIS_URL: link.url });
  });
  afterAll(async () => {
    await bff.close();
    await sim.close();
    await link.down().catch(() => undefined);
    await redis.cleanup();
  });

  const walletProbes = async () => (await sim.call('GET', '/__sim/stats')).body.requests['GET /rest/health'] ?? 0;

  it('liveness answers without an API key', async () => {
    expect(await bff.call('GET', '/health/live', { as: null })).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('readiness checks Redis, probes the Wallet (cached), and reports every upstream’s breaker', async () => {
    const before = await walletProbes();
    // Right after start the Redis connection may still be opening (not ready yet); the probe result is cached meanwhile.
    const ready = await eventually(async () => {
      const answer = await bff.call('GET', '/health/ready', { as: null });
      return answer.status === 200 ? answer : undefined;
    });
    expect(ready.body.status).toBe('ok');
    expect(ready.body.details).toMatchObject({
      lifecycle: { status: 'up' },
      redis: { status: 'up' },
      'upstream:wallet': { status: 'up', breaker: 'closed', breakers: { reads: 'closed', writes: 'closed' }, probe: 'GET /health', probeStatus: 'up' },
      'upstream:migration': { status: 'up', breaker: 'closed', probe: 'GET /health', probeStatus: 'up' },
      'upstream:cms': { status: 'up', breaker: 'closed', probe: expect.stringMatching(/^none/) },
      'upstream:middleware': { status: 'up', breaker: 'closed', probe: expect.stringMatching(/^none/) },
    });
    await bff.call('GET', '/health/ready', { as: null });
    expect((await walletProbes()) - before).toBe(1);
  });

  it('stays ready but degraded when an upstream’s probe fails', async () => {
    const other = await startBff(sim, redis, { REDIS_URL: link.url });
    try {
      await sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'GET', path: '/health', status: 503, times: 1 } });
      // The probe fails once and its result is reused for a few seconds (the first answer may still wait for Redis).
      const ready = await eventually(async () => {
        const answer = await other.call('GET', '/health/ready', { as: null });
        return answer.status === 200 ? answer : undefined;
      });
      expect(ready.body.status).toBe('degraded');
      expect(ready.body.details['upstream:wallet']).toMatchObject({ status: 'degraded', breaker: 'closed', probeStatus: 'down' });
      expect(ready.body.details['upstream:cms'].status).toBe('up');
    } finally {
      await sim.call('DELETE', '/__sim/faults');
      await other.close();
    }
  });

  it('is not ready while Redis is unreachable, and ready again once it is back', async () => {
    await link.down();
    const down = await eventually(async () => {
      const ready = await bff.call('GET', '/health/ready', { as: null });
      return ready.status === 503 ? ready : undefined;
    });
    expect(down.body).toMatchObject({ status: 'error', error: { redis: { status: 'down' } } });
    expect((await bff.call('GET', '/health/live', { as: null })).status).toBe(200);

    await link.up();
    await eventually(async () => ((await bff.call('GET', '/health/ready', { as: null })).status === 200 ? true : undefined), 15000);
  });

  it('is not ready once the instance drains', async () => {
    bff.app.get(ShutdownState).begin();
    const ready = await bff.call('GET', '/health/ready', { as: null });
    expect(ready.status).toBe(503);
    expect(ready.body.error).toMatchObject({ lifecycle: { status: 'down' } });
    expect(ready.headers.get('connection')).toBe('close');
  });
});
