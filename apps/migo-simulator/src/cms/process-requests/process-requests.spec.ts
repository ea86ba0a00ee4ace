import { useSimulator } from '#test-support';
import { CmsHeaders, freshOtp, OPERATORS, operatorHeaders, postMultipart } from '../testing/cms-test-kit.js';

const ACME = '/cms/rest/app/partners/acme';
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64, 1)]);

describe('CMS partner balance and process requests (simulator)', () => {
  const sim = useSimulator();
  let ops: CmsHeaders;
  beforeEach(async () => {
    ops = await operatorHeaders(sim, 'ops');
  });

  /** `file: null` sends the form without an evidence file. */
  const createRequest = (fields: Record<string, string>, file: { bytes: Buffer | string; name: string } | null = { bytes: PNG, name: 'deposito.png' }) =>
    postMultipart(sim, `${ACME}/process-request`, ops, file ? { field: 'evidence', ...file } : undefined, fields);
  const available = async () => (await sim.call('GET', `${ACME}/balance`, { headers: ops })).body.data.available;

  it('shows the partner balance', async () => {
    const { status, body } = await sim.call('GET', `${ACME}/balance`, { headers: ops });
    expect(status).toBe(200);
    expect(body.data).toEqual({ id: 1, clientId: 'acme', available: 250000, currency: 'GTQ', updatedAt: expect.any(String), createdAt: expect.any(String) });
  });

  it('lists the seeded requests, paginated and in full', async () => {
    const page = await sim.call('GET', `${ACME}/process-requests?page=1&limit=2`, { headers: ops });
    expect(page.body.data).toMatchObject({ total: 3, page: 1, limit: 2 });
    expect(page.body.data.items.map((r: { status: string }) => r.status)).toEqual(['pending', 'pending']);
    const all = await sim.call('GET', `${ACME}/process-requests/all`, { headers: ops });
    expect(all.body.data.map((r: { status: string }) => r.status)).toEqual(['pending', 'pending', 'approved']);
    expect((await sim.call('GET', `${ACME}/process-requests?limit=500`, { headers: ops })).status).toBe(400);
  });

  it('always needs an OTP: missing 8006, wrong 8007, the e-mailed code 201, then an elevated session', async () => {
    const missing = await createRequest({ requestedAmount: '1500.25' });
    expect([missing.status, missing.body.errors[0].code]).toEqual([403, '8006']);
    const wrong = await createRequest({ requestedAmount: '1500.25', otp: '000000' });
    expect([wrong.status, wrong.body.errors[0].code]).toEqual([403, '8007']);

    const otp = await freshOtp(sim, ops, OPERATORS.ops.email);
    const created = await createRequest({ requestedAmount: '1500.25', observations: 'Depósito Banco Industrial', otp });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      id: 4,
      clientId: 'acme',
      requestedAmount: 1500.25,
      status: 'pending',
      observations: 'Depósito Banco Industrial',
      evidence: { fileName: 'deposito.png', size: PNG.length, mimeType: 'image/png' },
      createdBy: 1,
    });
    expect((await createRequest({ requestedAmount: '10', otp })).body.errors[0].code).toBe('8007');

    const verifyCode = await freshOtp(sim, ops, OPERATORS.ops.email, 'balance');
    const elevated = await sim.call('PUT', '/cms/rest/app/users/auth/otp', { body: { email: OPERATORS.ops.email, otp: verifyCode, purpose: 'balance' }, headers: ops });
    expect(elevated.status).toBe(200);
    expect((await createRequest({ requestedAmount: '10' })).status).toBe(201);
  });

  describe('with an elevated session', () => {
    beforeEach(async () => {
      const otp = await freshOtp(sim, ops, OPERATORS.ops.email);
      await sim.call('PUT', '/cms/rest/app/users/auth/otp', { body: { email: OPERATORS.ops.email, otp, purpose: 'operation' }, headers: ops });
    });

    it.each([
      ['no evidence', { requestedAmount: '10' }, null, '7000'],
      ['a text file as evidence', { requestedAmount: '10' }, { bytes: 'hello', name: 'evidence.pdf' }, '7000'],
      ['a missing amount', {}, { bytes: PNG, name: 'a.png' }, '7000'],
      ['a zero amount', { requestedAmount: '0' }, { bytes: PNG, name: 'a.png' }, '7001'],
      ['five decimals', { requestedAmount: '10.12345' }, { bytes: PNG, name: 'a.png' }, '7002'],
      ['a non-number', { requestedAmount: 'diez' }, { bytes: PNG, name: 'a.png' }, '7002'],
    ])('refuses %s with 400', async (_case, fields, file, code) => {
      const { status, body } = await createRequest(fields, file);
      expect([status, body.errors[0].code]).toEqual([400, code]);
    });

    it('accepts PDF, JPEG and WEBP evidence by content', async () => {
      const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), Buffer.alloc(16)]);
      for (const [bytes, mimeType] of [[Buffer.from('%PDF-1.7\n...'), 'application/pdf'], [Buffer.from('ffd8ffe000104a464946', 'hex'), 'image/jpeg'], [webp, 'image/webp']] as const) {
        const { status, body } = await createRequest({ requestedAmount: '1' }, { bytes, name: 'upload.bin' });
        expect(status).toBe(201);
        expect(body.data.evidence.mimeType).toBe(mimeType);
      }
    });

    it('is approved by another operator only, which credits the balance once', async () => {
      const created = (await createRequest({ requestedAmount: '1500.25' })).body.data;
      const before = await available();
      const byCreator = await sim.call('PATCH', `${ACME}/process-requests/${created.id}`, { body: { status: 'approved' }, headers: ops });
      expect([byCreator.status, byCreator.body.errors[0].code]).toEqual([403, '8005']);

      const supervisor = await operatorHeaders(sim, 'supervisor');
      const approved = await sim.call('PATCH', `${ACME}/process-requests/${created.id}`, { body: { status: 'approved' }, headers: supervisor });
      expect(approved.status).toBe(200);
      expect(approved.body.data).toMatchObject({ status: 'approved', reviewedBy: 2 });
      expect(await available()).toBe(before + 1500.25);

      const again = await sim.call('PATCH', `${ACME}/process-requests/${created.id}`, { body: { status: 'rejected' }, headers: supervisor });
      expect([again.status, again.body.errors[0].code]).toEqual([409, '7507']);
      expect(await available()).toBe(before + 1500.25);
    });

    it('is rejected without touching the balance', async () => {
      const before = await available();
      const rejected = await sim.call('PATCH', `${ACME}/process-requests/3`, { body: { status: 'rejected', reason: 'Comprobante ilegible' }, headers: await operatorHeaders(sim, 'supervisor') });
      expect(rejected.body.data).toMatchObject({ status: 'rejected', reason: 'Comprobante ilegible' });
      expect(await available()).toBe(before);
      const unknown = await sim.call('PATCH', `${ACME}/process-requests/99`, { body: { status: 'approved' }, headers: ops });
      expect([unknown.status, unknown.body.errors[0].code]).toEqual([404, '7504']);
    });
  });
});
