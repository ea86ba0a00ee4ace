import { useSimulatorWalletSession } from '#test-support';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a5c30000000049454e44ae426082', 'hex');
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

describe('Wallet Gateway leads and business documents (simulator)', () => {
  const session = useSimulatorWalletSession();
  const { api } = session;

  async function upload(commerceId: number, files: Array<[field: string, bytes: Buffer, type: string, name: string]>): Promise<{ status: number; body: any }> {
    const form = new FormData();
    for (const [field, bytes, type, name] of files) form.append(field, new Blob([new Uint8Array(bytes)], { type }), name);
    const response = await fetch(`${session.sim.url}/rest/businesses/${commerceId}/files`, { method: 'POST', headers: { authorization: session.authorization }, body: form });
    return { status: response.status, body: await response.json() };
  }

  const lead = { firstName: 'Ana', lastName: 'Cux', gender: 'F', cui: '3456789010101', expirationDate: '2031-01-31', commercialName: 'Abarrotería Cux', partner: 'acme' };

  it('creates a lead and answers {success, data:{_id, invitationCode}}', async () => {
    const { status, body } = await api('POST', '/leads', { ...lead, nationality: 'GTM', country: 'GT', canInvoice: true, nit: '1234567-8', paymentMethods: [{ slug: 'td/tc', acquirerSlug: 'neonet' }], sdk: 'MIGO_LINK_USD' }, { 'x-merchant-id': 'merchant-42' });
    expect(status).toBe(201);
    expect(body).toEqual({ success: true, data: { _id: expect.stringMatching(/^[0-9a-f]{24}$/), invitationCode: expect.stringMatching(/^[0-9A-Z]{7}$/) } });
  });

  it('refuses a lead without a required field or with a bad date (400 / 7000)', async () => {
    for (const body of [{ ...lead, cui: undefined }, { ...lead, expirationDate: '31/01/2031' }, { ...lead, expirationDate: '2031-02-30' }, { ...lead, partner: 'unknown' }, { ...lead, gender: 'female' }]) {
      const response = await api('POST', '/leads', body);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].code).toBe('7000');
    }
  });

  it('reads a stored lead file with POST, and 404 / 7603 for an unknown one', async () => {
    const response = await fetch(`${session.sim.url}/rest/leads/files/upload/identification.pdf`, { method: 'POST', headers: { authorization: session.authorization, 'x-application-id': 'app_migo_demo' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const missing = await api('POST', '/leads/files/upload/passport.pdf');
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0].code).toBe('7603');
  });

  it('stores the two business files and lists them as 5-minute signed URLs that work', async () => {
    const uploaded = await upload(3001, [['businessPhoto', PNG, 'image/png', 'fachada.png'], ['utilityBill', PDF, 'application/pdf', 'recibo.pdf']]);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.data.files.map((f: { name: string; size: number }) => [f.name, f.size])).toEqual([['businessPhoto', PNG.length], ['utilityBill', PDF.length]]);

    const docs = (await api('GET', '/businesses/3001/docs')).body.data;
    expect(docs.map((d: { name: string }) => d.name)).toEqual(['businessPhoto', 'utilityBill']);
    for (const doc of docs) {
      expect(doc.url).toMatch(new RegExp(`^${session.sim.url}/rest/businesses/3001/docs/${doc.name}/file\\?expires=\\d+&signature=[0-9a-f]{64}$`));
      const ttl = Date.parse(doc.expiresAt) - Date.now();
      expect(ttl).toBeGreaterThan(4 * 60_000);
      expect(ttl).toBeLessThanOrEqual(5 * 60_000);
    }
    const photo = await fetch(docs[0].url);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await photo.arrayBuffer()).equals(PNG)).toBe(true);
    const tampered = await fetch(docs[0].url.replace('businessPhoto', 'utilityBill'));
    expect(tampered.status).toBe(403);
  });

  it('requires exactly one businessPhoto and one utilityBill of accepted types', async () => {
    const onlyPhoto = await upload(3001, [['businessPhoto', PNG, 'image/png', 'a.png']]);
    expect(onlyPhoto.status).toBe(400);
    expect(onlyPhoto.body.errors[0].code).toBe('7000');
    const twoPhotos = await upload(3001, [['businessPhoto', PNG, 'image/png', 'a.png'], ['businessPhoto', PNG, 'image/png', 'b.png'], ['utilityBill', PDF, 'application/pdf', 'c.pdf']]);
    expect(twoPhotos.status).toBe(400);
    const pdfPhoto = await upload(3001, [['businessPhoto', PDF, 'application/pdf', 'a.pdf'], ['utilityBill', PDF, 'application/pdf', 'c.pdf']]);
    expect(pdfPhoto.status).toBe(400);
    const unknown = await upload(4999, [['businessPhoto', PNG, 'image/png', 'a.png'], ['utilityBill', PDF, 'application/pdf', 'c.pdf']]);
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].code).toBe('7605');
    expect((await api('GET', '/businesses/3001/docs')).body.data).toEqual([]);
  });
});
