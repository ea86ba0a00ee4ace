import type { MigoAuth } from '#migo-auth';
import { ConfigValidationError } from '#common';
import { UpstreamError, UpstreamHttp } from '#migo-http';
import { RunningSimulator, startSimulator, testRedis, TestRedis, upstreamStack } from '#test-support';
import { MigrationClient } from './migration.client.js';

describe('MigrationClient', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;
  let stack: ReturnType<typeof upstreamStack>;
  let client: MigrationClient;

  beforeAll(async () => {
    sim = await startSimulator();
    redis = testRedis('migration-client');
    stack = upstreamStack(sim, redis.connect(), redis.keys);
    client = new MigrationClient(stack.upstream, stack.auth);
  });
  afterAll(async () => {
    await sim.close();
    await redis.cleanup();
  });
  beforeEach(() => sim.call('POST', '/__sim/reset'));

  it('searches transactions with the migration JWT and unwraps the page', async () => {
    const page = await client.searchTransactions({ client: 'acme', status: 'approved', limit: 2 });
    expect(page).toMatchObject({ total: 5, page: 1, limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toMatchObject({ kind: 'payment-link', client: 'acme', status: 'approved' });
  });

  it('passes Migo refusals through (no filter → 400 / 7000)', async () => {
    const error = (await client.searchTransactions({ page: 1 }).catch((e: unknown) => e)) as UpstreamError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect([error.status, error.code]).toEqual([400, '7000']);
  });

  it('reads the unauthenticated health probes', async () => {
    expect(await client.health()).toMatchObject({ status: 'up', uptimeSeconds: expect.any(Number) });
    expect(await client.ready()).toMatchObject({ status: 'ready' });
  });

  it('refuses to exist without the gateway JWT or without the upstream', () => {
    expect(() => new MigrationClient(stack.upstream, { migration: undefined } as MigoAuth)).toThrow(ConfigValidationError);
    const unconfigured = { isConfigured: () => false } as unknown as UpstreamHttp;
    expect(() => new MigrationClient(unconfigured, stack.auth)).toThrow(/MIGO_MIGRATION_BASE_URL/);
  });
});
