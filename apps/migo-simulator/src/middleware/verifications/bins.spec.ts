import { useSimulator } from '#test-support';
import { mwHeaders } from '../testing/mw-test-kit.js';

describe('Middleware BIN verification (simulator)', () => {
  const sim = useSimulator();
  let jwt: Record<string, string>;
  beforeAll(() => {
    jwt = mwHeaders(sim).jwt;
  });
  const post = (path: string, body: unknown, headers = jwt) => sim.call('POST', `/mw/v1/verifications/${path}`, { body, headers });

  it('answers a 6-digit range, an 8-digit range, and an 8-digit BIN inside a 6-digit range', async () => {
    expect((await post('bin', { bin: '411111' })).body).toEqual({ success: true, message: 'BIN found', data: { bin: '411111', brand: 'visa', cardType: 'credit', issuer: 'Banco Industrial', issuerCountry: 'GT' } });
    expect((await post('bin', { bin: '55555544' })).body.data).toEqual({ bin: '55555544', brand: 'mastercard', cardType: 'credit', issuer: 'BAC Credomatic', issuerCountry: 'SV' });
    expect((await post('bin', { bin: '45717399' })).body.data).toMatchObject({ bin: '45717399', cardType: 'prepaid', issuer: 'Banrural' });
  });

  it('answers an unknown BIN (a 6-digit prefix of an 8-digit range included) 404 / 2006', async () => {
    for (const bin of ['999999', '424242']) {
      const { status, body } = await post('bin', { bin });
      expect([status, body.success, body.ownCode]).toEqual([404, false, 2006]);
    }
  });

  it('checks a batch once per BIN, splitting found and not found', async () => {
    const { status, body } = await post('bins', { bins: ['522222', '000000', '522222', '42424242'] });
    expect(status).toBe(200);
    expect(body.data.found.map((b: { bin: string; cardType: string }) => [b.bin, b.cardType])).toEqual([
      ['522222', 'debit'],
      ['42424242', 'credit'],
    ]);
    expect(body.data.notFound).toEqual(['000000']);
  });

  it('refuses malformed BINs and batches (400 / 5000), and needs the JWT', async () => {
    for (const body of [{ bin: '12345' }, { bin: '123456789' }, { bin: '41111a' }, { bin: 411111 }, {}]) {
      expect([(await post('bin', body)).status, (await post('bin', body)).body.ownCode]).toEqual([400, 5000]);
    }
    for (const bins of [[], ['411111', '4111'], Array.from({ length: 101 }, () => '411111')]) {
      expect((await post('bins', { bins })).status).toBe(400);
    }
    expect((await post('bin', { bin: '411111' }, mwHeaders(sim).merchant)).status).toBe(401);
  });
});
