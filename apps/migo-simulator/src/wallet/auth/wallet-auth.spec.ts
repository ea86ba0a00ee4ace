import { generateDemoSecrets, signLogin, useSimulator } from '#test-support';

describe('Wallet Gateway application session (simulator)', () => {
  const sim = useSimulator();

  const login = () => sim.call('POST', '/rest/auth/login', { body: { merchant: sim.secrets.merchantSlug, signature: signLogin(sim.secrets) } });

  it('logs in with a valid Ed25519 signature and answers the Quick Start envelope', async () => {
    const before = Math.floor(Date.now() / 1000);
    const { status, body } = await login();
    expect(status).toBe(200);
    expect(body).toMatchObject({ statusCode: 200, message: 'ok' });
    expect(body.data.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(body.data.expirationToken).toBeGreaterThanOrEqual(before + 1799);
    expect(body.data.expirationRefreshToken - body.data.expirationToken).toBeGreaterThanOrEqual(604800 - 1800 - 1);
  });

  it('refuses a signature made with another key, and an unknown merchant', async () => {
    const other = generateDemoSecrets();
    const forged = await sim.call('POST', '/rest/auth/login', { body: { merchant: sim.secrets.merchantSlug, signature: signLogin(other, sim.secrets.merchantSlug) } });
    expect(forged.status).toBe(401);
    expect(forged.body).toEqual({ success: false, message: 'Invalid signature.', errors: [{ code: '8002', message: 'Invalid signature.' }] });
    const stranger = await sim.call('POST', '/rest/auth/login', { body: { merchant: 'someoneElse', signature: signLogin(sim.secrets, 'someoneElse') } });
    expect(stranger.status).toBe(401);
  });

  it('rejects a login body without a signature with 400 / 7000', async () => {
    const { status, body } = await sim.call('POST', '/rest/auth/login', { body: { merchant: sim.secrets.merchantSlug } });
    expect(status).toBe(400);
    expect(body.success).toBe(false);
    expect(body.errors[0].code).toBe('7000');
  });

  it('rotates refresh tokens and refuses a reused one', async () => {
    const first = (await login()).body.data;
    const rotated = await sim.call('POST', '/rest/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.data.refreshToken).not.toBe(first.refreshToken);
    const reused = await sim.call('POST', '/rest/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(reused.status).toBe(401);
    expect(reused.body.errors[0].code).toBe('8003');
    const stats = (await sim.call('GET', '/__sim/stats')).body;
    expect(stats.logins.wallet).toBe(1);
    expect(stats.refreshes.wallet).toBe(1);
  });

  it('answers 401 TOKEN_EXPIRED once the access token has expired', async () => {
    await sim.call('PATCH', '/__sim/config', { body: { walletAccessTtlSeconds: 1 } });
    const { accessToken } = (await login()).body.data;
    const authorized = { authorization: `Bearer ${accessToken}` };
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const expired = await sim.call('GET', '/rest/users/101', { headers: authorized });
    expect(expired.status).toBe(401);
    expect(expired.body.errors[0].code).toBe('8001');
  });

  it('answers 401 for an unknown token', async () => {
    const { status, body } = await sim.call('GET', '/rest/users/101', { headers: { authorization: 'Bearer not-a-token' } });
    expect(status).toBe(401);
    expect(body.errors[0].code).toBe('8000');
  });
});
