import { useSimulatorWalletSession } from '#test-support';

describe('Wallet Gateway application configs (simulator)', () => {
  const session = useSimulatorWalletSession();
  const { api } = session;

  const demo = { applicationId: 'app_migo_demo' };

  it('requires the applicationId header (400 / 8008) and knows only configured applications (404 / 7604)', async () => {
    for (const method of ['GET', 'PATCH']) {
      const missing = await api(method, '/configs', method === 'PATCH' ? { name: 'x' } : undefined, { 'x-application-id': 'app_migo_demo' });
      expect(missing.status).toBe(400);
      expect(missing.body.errors[0].code).toBe('8008');
    }
    const unknown = await api('GET', '/configs', undefined, { applicationId: 'app_unknown' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].code).toBe('7604');
    expect((await session.sim.call('GET', '/rest/configs', { headers: demo })).status).toBe(401);
  });

  it('answers the seeded configuration of the demo application', async () => {
    const { status, body } = await api('GET', '/configs', undefined, demo);
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ applicationId: 'app_migo_demo', merchant: session.sim.secrets.merchantSlug, permissions: ['USER_REGISTRATION', 'FILE_UPLOAD'], webhookUrl: null, limits: { maxTransactionAmount: 10000 } });
  });

  it('merges the allowed fields and ignores the rest', async () => {
    const patched = await api('PATCH', '/configs', { name: 'Tienda Demo', webhookUrl: 'https://hooks.example.gt/migo', limits: { dailyTransactionAmount: 75000 }, permissions: ['EVERYTHING'], applicationId: 'app_other' }, demo);
    expect(patched.status).toBe(200);
    expect(patched.body.data).toMatchObject({
      applicationId: 'app_migo_demo',
      name: 'Tienda Demo',
      webhookUrl: 'https://hooks.example.gt/migo',
      permissions: ['USER_REGISTRATION', 'FILE_UPLOAD'],
      limits: { maxTransactionAmount: 10000, dailyTransactionAmount: 75000, monthlyTransactionAmount: 500000 },
    });
    expect((await api('PATCH', '/configs', { webhookUrl: null }, demo)).body.data.webhookUrl).toBeNull();
    expect((await api('GET', '/configs', undefined, demo)).body.data.name).toBe('Tienda Demo');
    for (const body of [{ webhookUrl: 'not a url' }, { limits: { maxTransactionAmount: -1 } }, { name: '' }]) {
      const bad = await api('PATCH', '/configs', body, demo);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].code).toBe('7000');
    }
  });
});
