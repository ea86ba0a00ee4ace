import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { apiKeysJson, TEST_APPS, useBffStack } from '#test-support';

const SUPERVISOR = { email: 'supervisor@acme.test', password: 'Supervisor#2026' }; // acme only, subject to OTP
const GLOBEX = { email: 'support@globex.test', password: 'Support#2026' }; // globex only
const OPS = { email: 'ops@acme.test', password: 'Operator#2026' }; // acme + globex: also the BFF's service operator
const STRICT_KEY = 'test-key-strict-0005';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const API_KEYS = JSON.stringify([
  ...JSON.parse(apiKeysJson(TEST_APPS)),
  { name: 'strict', sha256: sha256(STRICT_KEY), scopes: ['cms:*'], partners: ['*'], cmsWrites: 'operator-session' },
]);
const LOGIN = 'POST /cms/rest/app/users/login';
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

function evidence(fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append('requestedAmount', '75');
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('evidence', new Blob([PDF], { type: 'application/pdf' }), 'transfer.pdf');
  return form;
}

describe('CMS operator sessions', () => {
  const stack = useBffStack('cms-operator-sessions', { bffEnv: { BFF_API_KEYS: API_KEYS } });
  beforeEach(() => stack.resetSimulator());

  const login = (operator: { email: string; password: string }, as: 'all' | 'acme' = 'all', headers: Record<string, string> = {}) =>
    stack.bff.call('POST', '/v1/cms/sessions', { body: operator, as, headers });
  const session = async (operator: { email: string; password: string }, as: 'all' | 'acme' = 'all') => {
    const answer = await login(operator, as);
    expect(answer.status).toBe(201);
    return answer.body.session as string;
  };
  const withSession = (handle: string, extra: Record<string, string> = {}) => ({ 'x-cms-session': handle, ...extra });
  const operatorCalls = async (email: string) => ((await stack.sim.call('GET', '/__sim/stats')).body.cmsOperatorCalls[email] ?? 0) as number;
  const otpFor = async (handle: string, email: string) => {
    const asked = await stack.bff.call('POST', '/v1/cms/users/auth/otp', { body: { email, purpose: 'process-request' }, headers: withSession(handle) });
    expect(asked.status).toBe(200);
    return (await stack.sim.call('GET', `/__sim/otp/${email}`)).body.otp as string;
  };

  it('logs an operator in and answers an opaque handle, never Migo token; GET current describes it', async () => {
    const answer = await login(SUPERVISOR);
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ session: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), operator: { id: 2, email: SUPERVISOR.email, name: expect.any(String) }, createdAt: expect.any(String), expiresAt: expect.any(String), idleExpiresAt: expect.any(String) });
    expect(answer.text).not.toMatch(/accessToken|refreshToken|Bearer/);
    const current = await stack.bff.call('GET', '/v1/cms/sessions/current', { headers: withSession(answer.body.session) });
    expect(current.status).toBe(200);
    expect(current.body.operator.email).toBe(SUPERVISOR.email);
    expect(current.body.session).toBeUndefined();
  });

  it("passes Migo's refusal of a wrong password through and refuses bad input before calling Migo", async () => {
    const refused = await login({ email: SUPERVISOR.email, password: 'wrong' });
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/Migo refused/);
    expect(refused.text).not.toContain('wrong');
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body.session).toBeUndefined();

    const before = await stack.upstreamCalls(LOGIN);
    const bad = await login({ email: 'not-an-email', password: '' } as never);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await stack.upstreamCalls(LOGIN)).toBe(before);
  });

  it('shows each operator the partners Migo assigned to that operator', async () => {
    const [acmeOnly, globexOnly] = await Promise.all([session(SUPERVISOR), session(GLOBEX)]);
    const seenBy = async (handle: string) => (await stack.bff.call('GET', '/v1/cms/partners', { headers: withSession(handle) })).body.map((p: { partnerId: string }) => p.partnerId);
    expect(await seenBy(acmeOnly)).toEqual(['acme']);
    expect(await seenBy(globexOnly)).toEqual(['globex']);
    // The service operator (no session) sees both; the globex operator is refused acme's cardholders by Migo.
    expect((await stack.bff.call('GET', '/v1/cms/partners')).body).toHaveLength(2);
    const foreign = await stack.bff.call('GET', '/v1/cms/partners/acme/cardholders', { headers: withSession(globexOnly) });
    expect(foreign.status).toBe(403);
    expect(foreign.text).not.toContain('María');
  });

  it('four-eyes: one session elevated by OTP does not elevate another; A creates, A cannot approve, B approves', async () => {
    const [a, b] = await Promise.all([session(SUPERVISOR), session(OPS)]);
    const code = await otpFor(a, SUPERVISOR.email);
    expect((await stack.bff.call('PUT', '/v1/cms/users/auth/otp', { body: { email: SUPERVISOR.email, purpose: 'process-request', otp: code }, headers: withSession(a) })).status).toBe(200);

    const notElevated = await stack.bff.call('POST', '/v1/cms/partners/acme/process-request', { raw: evidence(), headers: withSession(b, { 'idempotency-key': randomUUID() }) });
    expect(notElevated.status).toBe(403);
    expect(notElevated.body.type).toMatch(/otp-required$/);

    const created = await stack.bff.call('POST', '/v1/cms/partners/acme/process-request', { raw: evidence(), headers: withSession(a, { 'idempotency-key': randomUUID() }) });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    const review = (handle: string) =>
      stack.bff.call('PATCH', `/v1/cms/partners/acme/process-requests/${id}`, { body: { status: 'approved' }, headers: withSession(handle, { 'idempotency-key': randomUUID() }) });
    const byCreator = await review(a);
    expect(byCreator.status).toBe(403);
    expect(byCreator.body.detail).toMatch(/other than its creator/);
    const bySecond = await review(b);
    expect(bySecond.status).toBe(200);
    expect(bySecond.body.status).toBe('approved');
  });

  it("refuses a revoked, unknown or another app's handle with 401 and never acts as the service operator", async () => {
    const mine = await session(SUPERVISOR, 'all');
    const theirs = await session(GLOBEX, 'acme');
    const serviceBefore = await operatorCalls(OPS.email);
    const unknown = randomBytes(32).toString('base64url');
    expect((await stack.bff.call('DELETE', '/v1/cms/sessions/current', { headers: withSession(mine) })).status).toBe(204);
    for (const handle of [mine, unknown, theirs]) {
      const answer = await stack.bff.call('GET', '/v1/cms/partners/acme', { headers: withSession(handle) });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const write = await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders/1/close', { body: {}, headers: withSession(handle) });
      expect(write.status).toBe(401);
    }
    expect(await operatorCalls(OPS.email)).toBe(serviceBefore);
    expect(await operatorCalls(SUPERVISOR.email)).toBe(0);
    // The owner app still uses its session.
    expect((await stack.bff.call('GET', '/v1/cms/partners', { as: 'acme', headers: withSession(theirs) })).status).toBe(200);
  });

  it('makes an app configured for operator sessions send one for CMS writes (reads may still use the service operator)', async () => {
    const strict = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
      stack.bff.call(method, path, { as: null, body, headers: { authorization: `Bearer ${STRICT_KEY}`, ...headers } });
    const closes = 'POST /cms/rest/app/partners/:partnerId/cardholders/:cardholderId/close';
    const refused = await strict('POST', '/v1/cms/partners/acme/cardholders/1/close', {});
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/X-Cms-Session/);
    expect(await stack.upstreamCalls(closes)).toBe(0);
    expect((await strict('GET', '/v1/cms/partners', undefined)).status).toBe(200);
    const handle = (await strict('POST', '/v1/cms/sessions', SUPERVISOR)).body.session as string;
    // With its session the write reaches Migo as the supervisor (who must pass Migo's OTP gate).
    const asOperator = await strict('POST', '/v1/cms/partners/acme/cardholders/1/close', {}, withSession(handle));
    expect(asOperator.status).toBe(403);
    expect(asOperator.body.type).toMatch(/otp-required$/);
    expect(await stack.upstreamCalls(closes)).toBe(1);
  });

  it("renews an expired Migo operator token once for concurrent calls of the session, keeping the handle", async () => {
    const handle = await session(SUPERVISOR);
    const refreshesBefore = (await stack.sim.call('GET', '/__sim/stats')).body.refreshes.cmsUser as number;
    await stack.sim.call('POST', '/__sim/tokens/expire', { body: { kind: 'cmsUser' } });
    const answers = await Promise.all([1, 2, 3].map(() => stack.bff.call('GET', '/v1/cms/partners', { headers: withSession(handle) })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect((await stack.sim.call('GET', '/__sim/stats')).body.refreshes.cmsUser - refreshesBefore).toBe(1);
  });

  it('keeps credentials, handles and Migo tokens out of logs, support records, metrics and Redis', async () => {
    const requestId = `sess-${randomUUID()}`;
    const answer = await login(SUPERVISOR, 'all', { 'x-request-id': requestId });
    const handle = answer.body.session as string;
    await stack.bff.call('GET', '/v1/cms/partners', { headers: withSession(handle, { 'x-request-id': `${requestId}-use` }) });
    const support = await stack.bff.call('GET', `/v1/support/requests/${requestId}`);
    const supportUse = await stack.bff.call('GET', `/v1/support/requests/${requestId}-use`);
    expect(support.status).toBe(200);
    const metrics = await stack.bff.call('GET', '/metrics');
    const redis = stack.redis.connect();
    const keys = await redis.keys(`${stack.redis.prefix}*cms-session*`);
    expect(keys.length).toBeGreaterThan(0);
    const stored = (await Promise.all(keys.filter((k) => !k.endsWith(':lock')).map((k) => redis.get(k)))).join('\n');
    for (const [where, text] of [
      ['logs', stack.bff.logLines.join('\n')],
      ['support', support.text + supportUse.text],
      ['metrics', metrics.text],
      ['redis', stored + keys.join('\n')],
    ] as const) {
      expect({ where, leaks: [SUPERVISOR.password, handle].filter((secret) => text.includes(secret)) }).toEqual({ where, leaks: [] });
      expect({ where, bearer: /Bearer [A-Za-z0-9._-]{16,}/.test(text) }).toEqual({ where, bearer: false });
    }
    expect(stored).not.toMatch(/supervisor|accessToken|refreshToken/);
  });
});

describe('CMS operator sessions: bounded lifetime', () => {
  const stack = useBffStack('cms-operator-sessions-expiry', { bffEnv: { CMS_SESSION_MAX_AGE_SECONDS: '1' } });

  it('refuses an expired session with 401 and never falls back to the service operator', async () => {
    const handle = (await stack.bff.call('POST', '/v1/cms/sessions', { body: SUPERVISOR })).body.session as string;
    expect((await stack.bff.call('GET', '/v1/cms/partners', { headers: { 'x-cms-session': handle } })).status).toBe(200);
    const stats = async () => (await stack.sim.call('GET', '/__sim/stats')).body.cmsOperatorCalls as Record<string, number>;
    const before = await stats();
    await sleep(1100);
    const expired = await stack.bff.call('GET', '/v1/cms/partners', { headers: { 'x-cms-session': handle } });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await stats()).toEqual(before);
  });
});
