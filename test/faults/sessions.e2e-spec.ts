import { eventually, FaultStack } from '#test-support';

/**
 * Migo sessions across instances and faults, real processes from the build: Migo revoking every session (a
 * simulator reset) while a BFF and a worker share the CMS session, two BFFs racing to refresh a single-use refresh
 * token, and Redis stopped or frozen when sessions must be renewed.
 */
describe('Migo sessions across instances and faults (e2e)', () => {
  let stack: FaultStack;
  // Two BFF instances and a worker for the whole suite (each test starts from a simulator reset: every session revoked).
  let a: { url: string; process: { running: boolean } };
  let b: { url: string; process: { running: boolean } };

  beforeAll(async () => {
    stack = await FaultStack.start({ SIM_UPLOAD_ROWS_PER_SECOND: '2' });
    [a, b] = await Promise.all([stack.bff(), stack.bff()]);
    await stack.worker();
  }, 60000);
  afterAll(() => stack.stop(), 60000);
  beforeEach(() => stack.simCall('POST', '/__sim/reset'));

  const row = (i: number) => ({
    name: `Sesion${i}`,
    lastName: 'Prueba',
    address: 'Zona 4',
    countryOfBirth: 'GT',
    dateOfBirth: '1990-05-06',
    maritalStatus: 'soltero',
    gender: 'F',
    phoneNumber: `5025590${1000 + i}`,
    email: `sesion.${i}.${Date.now()}@example.gt`,
    documentType: 'DPI',
    documentNumber: `${6000000000000 + (Date.now() % 1_000_000) * 10 + i}`,
    cardId: 5120 + i,
  });
  const job = async (url: string, id: string) => (await stack.call(url, 'GET', `/v1/jobs/${id}`)).body;
  const finished = (url: string, id: string) =>
    eventually(
      async () => {
        const current = await job(url, id);
        return ['succeeded', 'failed', 'cancelled'].includes(current.state) ? current : undefined;
      },
      30000,
      200,
    );

  it('finding 2: Migo revokes every session twice while a BFF and a worker share the CMS one: the next write logs in once per credential and succeeds', async () => {
    const bff = a;
    const first = await stack.call(bff.url, 'POST', '/v1/cms/partners/acme/cardholders/upload', [row(1), row(2), row(3), row(4), row(5), row(6)]);
    expect(first.status).toBe(202);
    await eventually(async () => ((await job(bff.url, first.body.job.id)).progress.processed >= 1 ? true : undefined), 20000);

    await stack.simCall('POST', '/__sim/reset'); // revocation 1: the worker's tracker meets it and renews the shared sessions
    await eventually(async () => {
      const { logins } = await stack.simStats();
      return logins.cmsApp >= 1 && logins.cmsUser >= 1 ? true : undefined;
    }, 20000);
    // Migo forgot the batch with everything else: the tracker ends the job as Migo says (not found).
    expect(await finished(bff.url, first.body.job.id)).toMatchObject({ state: 'failed', error: { code: 'upstream-404' } });
    expect((await stack.simStats()).logins).toMatchObject({ cmsApp: 1, cmsUser: 1 });

    await stack.simCall('POST', '/__sim/reset'); // revocation 2: the BFF still holds its sessions from before the first
    const second = await stack.call(bff.url, 'POST', '/v1/cms/partners/acme/cardholders/upload', [row(7), row(8)]);
    expect(second.status).toBe(202);
    expect(await finished(bff.url, second.body.job.id)).toMatchObject({ state: 'succeeded', progress: { processed: 2, succeeded: 2 } });
    // One login per credential for the second revocation: the BFF's, then the worker shares it.
    expect((await stack.simStats()).logins).toMatchObject({ cmsApp: 1, cmsUser: 1 });
    expect(stack.undocumentedAnswers()).toEqual([]);
    expect(stack.unhandledFailures()).toEqual([]);
  }, 90000);

  it('two BFF instances racing to refresh one single-use refresh token: one refresh, no call refused', async () => {
    await stack.simCall('PATCH', '/__sim/config', { walletAccessTtlSeconds: 4 });
    expect((await stack.call(a.url, 'GET', '/v1/wallet/cards/5001')).status).toBe(200);
    expect((await stack.call(b.url, 'GET', '/v1/wallet/cards/5001')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2300)); // inside the refresh-ahead window (half the lifetime)
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => stack.call(i % 2 ? a.url : b.url, 'GET', '/v1/wallet/cards/5001')));
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(200));
    await new Promise((resolve) => setTimeout(resolve, 500)); // a background refresh settles
    const stats = await stack.simStats();
    expect({ logins: stats.logins.wallet, refreshes: stats.refreshes.wallet, refreshCalls: stats.requests['POST /rest/auth/refresh'] }).toEqual({ logins: 1, refreshes: 1, refreshCalls: 1 });
    expect(stack.unhandledFailures()).toEqual([]);
  }, 60000);

  it('finding 5: Redis stopped, then frozen, when sessions must be renewed: each instance renews once (single-flight), every call answered', async () => {
    expect((await stack.call(a.url, 'GET', '/v1/wallet/cards/5001')).status).toBe(200);
    expect((await stack.call(b.url, 'GET', '/v1/wallet/cards/5001')).status).toBe(200);
    const renewals = async () => {
      const { logins, refreshes } = await stack.simStats();
      return logins.wallet + refreshes.wallet;
    };
    const outages = [
      { cut: () => stack.redis.stop(), restore: () => stack.redis.restart() },
      { cut: async () => stack.redis.freeze(), restore: async () => stack.redis.thaw() },
    ];
    for (const outage of outages) {
      await outage.cut();
      try {
        const before = await renewals();
        await stack.simCall('POST', '/__sim/tokens/expire', { kind: 'wallet' });
        const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => stack.call((i % 2 ? a : b).url, 'GET', '/v1/wallet/cards/5001')));
        expect(answers.map((answer) => answer.status)).toEqual(Array(40).fill(200));
        // One renewal per instance at most (they cannot share it without Redis), whatever the number of callers.
        expect((await renewals()) - before).toBeLessThanOrEqual(2);
      } finally {
        await outage.restore();
      }
    }
    expect(stack.undocumentedAnswers()).toEqual([]);
    expect(stack.unhandledFailures()).toEqual([]);
    expect([a, b].every((instance) => instance.process.running)).toBe(true);
  }, 90000);
});
