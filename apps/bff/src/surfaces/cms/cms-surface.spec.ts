import ExcelJS from 'exceljs';
import { useBffStack } from '#test-support';

const newCardholder = (overrides: Record<string, unknown> = {}) => ({
  name: 'Rosa',
  lastName: 'Tzul',
  address: 'Zona 4, Guatemala',
  countryOfBirth: 'GT',
  dateOfBirth: '1994-05-17',
  maritalStatus: 'soltero',
  gender: 'F',
  phoneNumber: '50255551234',
  email: `rosa.${Math.random().toString(36).slice(2, 8)}@example.gt`,
  documentType: 'DPI',
  documentNumber: `${Math.floor(1e12 + Math.random() * 8e12)}`,
  cardId: 5101,
  ...overrides,
});

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Hoja1');
  sheet.addRow(['name', 'lastName', 'address', 'countryOfBirth', 'dateOfBirth', 'maritalStatus', 'gender', 'phoneNumber', 'email', 'documentType', 'documentNumber', 'cardId']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('BFF CMS surface', () => {
  // 1 s: short enough for the timeout case below, long enough for a loaded machine (300 ms gave 504s under load).
  const stack = useBffStack('bff-cms', { bffEnv: { MIGO_TIMEOUT_MS: '1000', MIGO_BREAKER_THRESHOLD: '50' } });
  beforeEach(() => stack.resetSimulator());

  describe('inbound auth', () => {
    it('refuses a request without a key with 401 problem+json, the request id and a Bearer challenge', async () => {
      const response = await stack.bff.call('GET', '/v1/cms/partners/acme/cardholders', { as: null, headers: { 'x-request-id': 'trace-abc-1' } });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.headers.get('x-request-id')).toBe('trace-abc-1');
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(response.body).toMatchObject({ status: 401, type: expect.stringMatching(/unauthenticated$/), requestId: 'trace-abc-1' });
    });

    it('refuses an unknown key with 401', async () => {
      const response = await stack.bff.call('GET', '/v1/cms/partners', { as: null, headers: { authorization: 'Bearer not-a-real-key' } });
      expect(response.status).toBe(401);
    });

    it('refuses a missing scope and a partner outside the allow-list with 403, before any upstream call', async () => {
      const readerWrite = await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders', { as: 'reader', body: newCardholder() });
      expect(readerWrite.status).toBe(403);
      expect(readerWrite.body.detail).toMatch(/cms:write/);
      const acmeOnGlobex = await stack.bff.call('GET', '/v1/cms/partners/globex/cardholders', { as: 'acme' });
      expect(acmeOnGlobex.status).toBe(403);
      expect(await stack.upstreamCalls('GET /cms/rest/app/partners/:partnerId/cardholders')).toBe(0);
    });

    it('narrows the partner list to the app allow-list', async () => {
      const all = await stack.bff.call('GET', '/v1/cms/partners');
      const acme = await stack.bff.call('GET', '/v1/cms/partners', { as: 'acme' });
      expect(all.body.map((p: { partnerId: string }) => p.partnerId).sort()).toEqual(['acme', 'globex']);
      expect(acme.body.map((p: { partnerId: string }) => p.partnerId)).toEqual(['acme']);
    });

    it('generates a request id when none (or a malformed one) is sent', async () => {
      const response = await stack.bff.call('GET', '/v1/cms/modules', { headers: { 'x-request-id': 'bad id with spaces' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('validation before any upstream call', () => {
    it('answers 400 with every field problem and never calls Migo', async () => {
      const response = await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders', { body: newCardholder({ gender: 'X', dateOfBirth: '17/05/1994', cardId: 'abc' }) });
      expect(response.status).toBe(400);
      expect([...new Set(response.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['cardId', 'dateOfBirth', 'gender']);
      expect(await stack.upstreamCalls('POST /cms/rest/app/partners/:partnerId/cardholders')).toBe(0);
    });

    it('rejects unknown fields', async () => {
      const response = await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders', { body: { ...newCardholder(), isAdmin: true } });
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ field: 'isAdmin' });
    });

    it('answers 413 for a JSON body over the limit', async () => {
      const response = await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders', { raw: JSON.stringify({ ...newCardholder(), address: 'x'.repeat(1_100_000) }), headers: { 'content-type': 'application/json' } });
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    });
  });

  describe('upstream answers', () => {
    it('creates a cardholder (201, the upstream data unwrapped)', async () => {
      const response = await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders', { body: newCardholder() });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ partnerId: 'acme', cardIds: [5101], status: 'active' });
    });

    it('passes a Migo refusal through with its code', async () => {
      const response = await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders', { body: newCardholder({ cardId: 5001 }) });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ type: expect.stringMatching(/upstream-rejected$/), upstream: { service: 'cms', status: 409, code: '7201' } });
    });

    it('maps Migo 5xx to 502, a timeout to 504 and a throttle to 503 with Retry-After', async () => {
      await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'cms', path: '/app/modules', status: 500, times: 1 } });
      expect((await stack.bff.call('POST', '/v1/cms/permissions', { body: { permissions: [{ resource: 'reports', action: 'export' }] } })).status).toBe(201);
      const failed = await stack.bff.call('POST', '/v1/cms/permissions', { body: { permissions: [{ resource: 'reports', action: 'export' }] } });
      expect(failed.status).toBe(409);

      await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'cms', method: 'POST', path: '/app/partners/*/cardholders', status: 500, times: 1 } });
      expect((await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders', { body: newCardholder() })).status).toBe(502);

      await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'cms', method: 'POST', path: '/app/partners/*/cardholders', latencyMs: 2500, times: 1 } });
      const slow = await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders', { body: newCardholder({ cardId: 5102 }) });
      expect(slow.status).toBe(504);
      expect(slow.body.type).toMatch(/upstream-timeout$/);

      await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'cms', method: 'GET', path: '/app/partners/*/balance', status: 429, retryAfterSeconds: 30 } });
      const throttled = await stack.bff.call('GET', '/v1/cms/partners/acme/balance');
      expect(throttled.status).toBe(503);
      expect(throttled.headers.get('retry-after')).toBe('30');
    });
  });

  describe('OTP-gated operations', () => {
    const evidence = () => {
      const form = new FormData();
      form.append('requestedAmount', '1500.25');
      form.append('evidence', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'transfer.pdf');
      return form;
    };

    it('says clearly when the OTP is missing or wrong, and passes the caller\'s OTP through', async () => {
      const missing = await stack.bff.call('POST', '/v1/cms/partners/acme/process-request', { raw: evidence() });
      expect(missing.status).toBe(403);
      expect(missing.body).toMatchObject({ type: expect.stringMatching(/otp-required$/), title: 'OTP required' });

      const wrongForm = evidence();
      wrongForm.append('otp', '000000');
      const wrong = await stack.bff.call('POST', '/v1/cms/partners/acme/process-request', { raw: wrongForm });
      expect(wrong.status).toBe(403);
      expect(wrong.body.type).toMatch(/otp-invalid$/);

      expect((await stack.bff.call('POST', '/v1/cms/users/auth/otp', { body: { email: 'ops@acme.test', purpose: 'process-request' } })).status).toBe(200);
      const otp = (await stack.sim.call('GET', '/__sim/otp/ops@acme.test')).body.otp;
      const rightForm = evidence();
      rightForm.append('otp', otp);
      const created = await stack.bff.call('POST', '/v1/cms/partners/acme/process-request', { raw: rightForm });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ requestedAmount: 1500.25, status: 'pending' });
    });

    it('refuses evidence that is not a PDF or image before calling Migo', async () => {
      const form = new FormData();
      form.append('requestedAmount', '10');
      form.append('evidence', new Blob(['hello']), 'notes.txt');
      const response = await stack.bff.call('POST', '/v1/cms/partners/acme/process-request', { raw: form });
      expect(response.status).toBe(415);
      expect(await stack.upstreamCalls('POST /cms/rest/app/partners/:partnerId/process-request')).toBe(0);
    });
  });

  describe('uploads', () => {
    it('lists every bad JSON row with its index and field, and uploads nothing', async () => {
      const rows = [newCardholder({ cardId: 5101 }), newCardholder({ email: 'not-an-email', cardId: 5102 }), newCardholder({ cardId: 0 })];
      const response = await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders/upload', { body: rows });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        { index: 1, field: 'email', message: expect.any(String) },
        { index: 2, field: 'cardId', message: expect.any(String) },
      ]);
      expect(await stack.upstreamCalls('POST /cms/rest/app/partners/:partnerId/cardholders/upload')).toBe(0);
    });

    it('converts valid JSON rows to an .xlsx that Migo processes', async () => {
      const rows = [newCardholder({ cardId: 5103 }), newCardholder({ cardId: 5104 })];
      const response = await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders/upload', { body: rows });
      expect(response.status).toBe(202);
      expect(response.body.upstream.id).toMatch(/^bat_/);
      expect(response.headers.get('location')).toBe(`/v1/jobs/${response.body.job.id}`);
      expect(response.body.job).toMatchObject({ type: 'cms.cardholder-upload', state: 'queued', upstream: { service: 'cms', id: response.body.upstream.id }, partnerId: 'acme' });
      await stack.sim.call('PATCH', '/__sim/config', { body: { uploadRowsPerSecond: 200 } });
      let snapshot: any;
      for (let i = 0; i < 100; i++) {
        snapshot = (await stack.bff.call('GET', `/v1/cms/partners/acme/cardholders/batch/${response.body.upstream.id}`)).body;
        if (snapshot.status === 'completed') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(snapshot).toMatchObject({ status: 'completed', total: 2, succeeded: 2, failed: 0 });
    });

    it('forwards a real .xlsx as multipart and refuses a CSV with 415 before Migo', async () => {
      const form = new FormData();
      form.append('users', new Blob([new Uint8Array(await xlsx([Object.values(newCardholder({ cardId: 5105 }))]))]), 'holders.xlsx');
      expect((await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders/upload', { raw: form })).status).toBe(202);
      const uploadsBefore = await stack.upstreamCalls('POST /cms/rest/app/partners/:partnerId/cardholders/upload');

      const csv = new FormData();
      csv.append('users', new Blob(['name,lastName\nA,B\n']), 'holders.csv');
      const refused = await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders/upload', { raw: csv });
      expect(refused.status).toBe(415);
      expect(await stack.upstreamCalls('POST /cms/rest/app/partners/:partnerId/cardholders/upload')).toBe(uploadsBefore);
    });
  });

  it('never logs the operator password, a token or an API key', async () => {
    await stack.bff.call('GET', '/v1/cms/modules');
    const logs = stack.bff.logLines.join('\n');
    expect(logs).toContain('request completed');
    expect(logs).not.toContain('Operator#2026');
    expect(logs).not.toContain('test-key-all-0001');
    expect(logs).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
  });
});
