import { generateDemoSecrets, signLogin, useSimulator } from '#test-support';
import { appToken, freshOtp, OPERATORS, operatorHeaders } from '../testing/cms-test-kit.js';

describe('CMS sessions, partner scope and OTP (simulator)', () => {
  const sim = useSimulator();

  describe('application token', () => {
    it('logs in without a signature, as the docs example does, in the {success, message, data} envelope', async () => {
      const { status, body } = await sim.call('POST', '/cms/rest/app/auth/login', { body: { merchant: sim.secrets.merchantSlug } });
      expect(status).toBe(200);
      expect(body).toMatchObject({ success: true, message: 'ok' });
      expect(Object.keys(body.data).sort()).toEqual(['accessToken', 'expirationRefreshToken', 'expirationToken', 'refreshToken']);
    });

    it('checks a signature when one is sent, and refuses an unknown merchant', async () => {
      const signed = await sim.call('POST', '/cms/rest/app/auth/login', { body: { merchant: sim.secrets.merchantSlug, signature: signLogin(sim.secrets) } });
      expect(signed.status).toBe(200);
      const forged = await sim.call('POST', '/cms/rest/app/auth/login', { body: { merchant: sim.secrets.merchantSlug, signature: signLogin(generateDemoSecrets()) } });
      expect(forged.status).toBe(401);
      expect(forged.body.errors[0].code).toBe('8002');
      const stranger = await sim.call('POST', '/cms/rest/app/auth/login', { body: { merchant: 'someoneElse' } });
      expect(stranger.status).toBe(401);
      expect(stranger.body.errors[0].code).toBe('8000');
    });

    it('rotates the refresh token once; reuse is 401 8003', async () => {
      const login = (await sim.call('POST', '/cms/rest/app/auth/login', { body: { merchant: sim.secrets.merchantSlug } })).body.data;
      const rotated = await sim.call('POST', '/cms/rest/app/auth/refresh', { body: { refreshToken: login.refreshToken } });
      expect(rotated.status).toBe(200);
      expect(rotated.body.data.accessToken).not.toBe(login.accessToken);
      const reused = await sim.call('POST', '/cms/rest/app/auth/refresh', { body: { refreshToken: login.refreshToken } });
      expect(reused.status).toBe(401);
      expect(reused.body.errors[0].code).toBe('8003');
    });
  });

  describe('operator token', () => {
    it('needs the application token', async () => {
      const { status, body } = await sim.call('POST', '/cms/rest/app/users/login', { body: { email: OPERATORS.ops.email, password: OPERATORS.ops.password } });
      expect(status).toBe(401);
      expect(body.errors[0].code).toBe('8000');
    });

    it('answers {success, data} without a message, and 401 8004 for a wrong password', async () => {
      const authorization = `Bearer ${await appToken(sim)}`;
      const { status, body } = await sim.call('POST', '/cms/rest/app/users/login', { body: { email: OPERATORS.ops.email, password: OPERATORS.ops.password }, headers: { authorization } });
      expect(status).toBe(200);
      expect(body).toEqual({ success: true, data: expect.objectContaining({ id: 1, email: 'ops@acme.test', name: 'Ana Operaciones' }) });
      expect(typeof body.data.expirationToken).toBe('number');
      const wrong = await sim.call('POST', '/cms/rest/app/users/login', { body: { email: OPERATORS.ops.email, password: 'nope' }, headers: { authorization } });
      expect(wrong.status).toBe(401);
      expect(wrong.body.errors[0].code).toBe('8004');
    });

    it('refreshes without an auth header, into the same shape as the login', async () => {
      const authorization = `Bearer ${await appToken(sim)}`;
      const login = (await sim.call('POST', '/cms/rest/app/users/login', { body: { email: OPERATORS.support.email, password: OPERATORS.support.password }, headers: { authorization } })).body.data;
      const refreshed = await sim.call('POST', '/cms/rest/app/users/refresh', { body: { refreshToken: login.refreshToken } });
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.data).toMatchObject({ id: 3, email: OPERATORS.support.email });
      expect((await sim.call('POST', '/cms/rest/app/users/refresh', { body: { refreshToken: login.refreshToken } })).body.errors[0].code).toBe('8003');
      const stats = (await sim.call('GET', '/__sim/stats')).body;
      expect(stats.refreshes.cmsUser).toBe(1);
    });
  });

  describe('session guard', () => {
    it('refuses a raw x-user-token (the Bearer prefix is mandatory)', async () => {
      const headers = await operatorHeaders(sim, 'ops');
      const raw = { ...headers, 'x-user-token': headers['x-user-token'].replace(/^Bearer /, '') };
      const { status, body } = await sim.call('GET', '/cms/rest/app/partners', { headers: raw });
      expect(status).toBe(401);
      expect(body.errors[0].code).toBe('8000');
      expect((await sim.call('GET', '/cms/rest/app/partners', { headers })).status).toBe(200);
    });

    it('refuses a request without the application token, or with the operator token in its place', async () => {
      const headers = await operatorHeaders(sim, 'ops');
      const missing = await sim.call('GET', '/cms/rest/app/partners', { headers: { 'x-user-token': headers['x-user-token'] } });
      expect(missing.status).toBe(401);
      expect(missing.body.errors[0].code).toBe('8000');
      const swapped = await sim.call('GET', '/cms/rest/app/partners', { headers: { authorization: headers['x-user-token'], 'x-user-token': headers['x-user-token'] } });
      expect(swapped.status).toBe(401);
    });

    it('refuses a request without x-user-token', async () => {
      const { status } = await sim.call('GET', '/cms/rest/app/partners', { headers: { authorization: `Bearer ${await appToken(sim)}` } });
      expect(status).toBe(401);
    });
  });

  describe('partner scope', () => {
    it('lists only the partners assigned to the operator', async () => {
      const ops = await sim.call('GET', '/cms/rest/app/partners', { headers: await operatorHeaders(sim, 'ops') });
      expect(ops.body.data.map((p: { partnerId: string }) => p.partnerId)).toEqual(['acme', 'globex']);
      const auditor = await sim.call('GET', '/cms/rest/app/partners', { headers: await operatorHeaders(sim, 'auditor') });
      expect(auditor.body.data).toEqual([]);
    });

    it.each([
      ['/cms/rest/app/partners/acme'],
      ['/cms/rest/app/partners/acme/cardholders'],
      ['/cms/rest/app/partners/acme/balance'],
      ['/cms/rest/app/partners/acme/process-requests'],
      ['/cms/rest/app/users/3/partners/acme/permissions'],
    ])('answers 403 8005 on %s for an operator of another partner', async (path) => {
      const { status, body } = await sim.call('GET', path, { headers: await operatorHeaders(sim, 'support') });
      expect(status).toBe(403);
      expect(body).toMatchObject({ success: false, errors: [{ code: '8005' }] });
    });

    it('answers 404 7500 for an unknown partner', async () => {
      const { status, body } = await sim.call('GET', '/cms/rest/app/partners/nobody/cardholders', { headers: await operatorHeaders(sim, 'ops') });
      expect(status).toBe(404);
      expect(body.errors[0].code).toBe('7500');
    });

    it('shows a partner detail with its balance', async () => {
      const { status, body } = await sim.call('GET', '/cms/rest/app/partners/globex', { headers: await operatorHeaders(sim, 'support') });
      expect(status).toBe(200);
      expect(body.data).toEqual({ partnerId: 'globex', name: 'Globex Fintech', currency: 'USD', status: 'active', balance: { available: 80000, currency: 'USD' }, cardholders: 2 });
    });
  });

  describe('OTP', () => {
    it('issues a code without revealing it, only to the operator’s own e-mail', async () => {
      const headers = await operatorHeaders(sim, 'ops');
      const own = await sim.call('POST', '/cms/rest/app/users/auth/otp', { body: { email: OPERATORS.ops.email, purpose: 'login' }, headers });
      expect(own.status).toBe(200);
      const code = (await sim.call('GET', `/__sim/otp/${OPERATORS.ops.email}`)).body.otp;
      expect(JSON.stringify(own.body)).not.toContain(code);
      const other = await sim.call('POST', '/cms/rest/app/users/auth/otp', { body: { email: OPERATORS.support.email, purpose: 'login' }, headers });
      expect(other.status).toBe(403);
    });

    it('verifies a code once (a wrong or reused code is 403 8007)', async () => {
      const headers = await operatorHeaders(sim, 'ops');
      const code = await freshOtp(sim, headers, OPERATORS.ops.email, 'login');
      const wrong = await sim.call('PUT', '/cms/rest/app/users/auth/otp', { body: { email: OPERATORS.ops.email, otp: code === '111111' ? '222222' : '111111', purpose: 'login' }, headers });
      expect(wrong.status).toBe(403);
      expect(wrong.body.errors[0].code).toBe('8007');
      const verified = await sim.call('PUT', '/cms/rest/app/users/auth/otp', { body: { email: OPERATORS.ops.email, otp: code, purpose: 'login' }, headers });
      expect(verified.status).toBe(200);
      expect(verified.body.data.elevated).toBe(true);
      const reused = await sim.call('PUT', '/cms/rest/app/users/auth/otp', { body: { email: OPERATORS.ops.email, otp: code, purpose: 'login' }, headers });
      expect(reused.body.errors[0].code).toBe('8007');
    });
  });
});
