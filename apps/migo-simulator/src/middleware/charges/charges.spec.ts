import { useSimulator } from '#test-support';
import { eventually, mwHeaders, postMultipart } from '../testing/mw-test-kit.js';

interface Entry {
  subscriptionId: string;
  amount: number;
  status: string;
  reason?: string;
  metadata?: unknown;
  source: { type: string; batchId?: string; trackingId?: string; row?: number };
}

describe('Middleware subscription charges (simulator)', () => {
  const sim = useSimulator();
  let jwt: Record<string, string>;
  beforeAll(() => {
    jwt = mwHeaders(sim).jwt;
  });
  beforeEach(async () => {
    // These tests read the simulator's own `source` to find a batch's entries; the default answer has none (below).
    await sim.call('PATCH', '/__sim/config', { body: { chargeRowsPerSecond: 500, paymentHistorySource: true } });
  });

  const history = async (subscriptionId: string): Promise<Entry[]> =>
    (await sim.call('GET', `/mw/v1/subscriptions/payment-history?subscriptionId=${subscriptionId}`, { headers: jwt })).body.data;
  /** The entries of `subs` produced by one batch or CSV, once `expected` of them exist. */
  const outcomes = (subs: string[], key: 'batchId' | 'trackingId', id: string, expected: number) =>
    eventually(async () => {
      const entries = (await Promise.all(subs.map(history))).flat().filter((e) => e.source[key] === id);
      return entries.length >= expected ? entries.sort((a, b) => a.source.row! - b.source.row!) : undefined;
    });
  const SUBS = ['sub_01HAAA', 'sub_01HBBB', 'sub_01HCCC', 'sub_01HEEE'];

  it('accepts an on-demand batch (202) and charges each accepted row once into the payment history', async () => {
    const data = [
      { subscriptionId: 'sub_01HAAA', amount: 10 },
      { subscriptionId: 'sub_01HBBB', amount: 20.99 },
      { subscriptionId: 'sub_01HCCC', amount: 5 },
      { subscriptionId: 'sub_nope', amount: 5 },
      { subscriptionId: 'sub_01HEEE', amount: 5 },
      { subscriptionId: 'sub_01HAAA', amount: 7.5, metadata: { orderId: 'A-7' } },
      { subscriptionId: 'sub_01HBBB', amount: -1 },
    ];
    const { status, body } = await sim.call('POST', '/mw/v1/subscriptions/charges', { body: { client: 'acme', data }, headers: jwt });
    expect(status).toBe(202);
    expect(body).toEqual({
      success: true,
      message: 'Batch received',
      data: {
        clientId: 'acme',
        batchId: expect.stringMatching(/^bat_[0-9A-Z]{26}$/),
        totals: { received: 7, accepted: 4, rejected: 3 },
        errorsSample: [
          { index: 3, subscriptionId: 'sub_nope', message: expect.any(String) },
          { index: 4, subscriptionId: 'sub_01HEEE', message: expect.any(String) },
          { index: 6, subscriptionId: 'sub_01HBBB', message: expect.any(String) },
        ],
      },
    });
    const { batchId } = body.data;
    const entries = await outcomes(SUBS, 'batchId', batchId, 4);
    expect(entries.map(({ subscriptionId, amount, status: s, reason, source, metadata }) => ({ subscriptionId, amount, status: s, reason, row: source.row, type: source.type, metadata }))).toEqual([
      { subscriptionId: 'sub_01HAAA', amount: 10, status: 'approved', reason: undefined, row: 0, type: 'on-demand', metadata: undefined },
      { subscriptionId: 'sub_01HBBB', amount: 20.99, status: 'denied', reason: 'insufficient_funds', row: 1, type: 'on-demand', metadata: undefined },
      { subscriptionId: 'sub_01HCCC', amount: 5, status: 'denied', reason: 'subscription_inactive', row: 2, type: 'on-demand', metadata: undefined },
      { subscriptionId: 'sub_01HAAA', amount: 7.5, status: 'approved', reason: undefined, row: 5, type: 'on-demand', metadata: { orderId: 'A-7' } },
    ]);
    expect((await history('sub_01HEEE')).filter((e) => e.source.batchId === batchId)).toEqual([]);
    expect((await history('sub_01HAAA'))[0]).toMatchObject({ amount: 7.5, source: { batchId, row: 5 } });
  });

  it('shows no `source` by default (Migo documents none): a reset restores the env default, SIM_PAYMENT_HISTORY_SOURCE=false', async () => {
    await sim.call('POST', '/__sim/reset');
    const entries = await history('sub_01HAAA');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(Object.keys(entry).sort()).toEqual(['amount', 'createdAt', 'currency', 'status', 'subscriptionId', 'uid']);
  });

  it('validates the batch: 1 to 5000 rows, a known client', async () => {
    const post = (body: Record<string, unknown>) => sim.call('POST', '/mw/v1/subscriptions/charges', { body, headers: jwt });
    expect((await post({ client: 'acme', data: [] })).body.ownCode).toBe(5000);
    const tooMany = Array.from({ length: 5001 }, () => ({ subscriptionId: 'sub_01HAAA', amount: 1 }));
    expect((await post({ client: 'acme', data: tooMany })).status).toBe(400);
    expect((await post({ client: 'acme', data: [{ subscriptionId: 'sub_01HAAA' }] })).status).toBe(400);
    const unknown = await post({ client: 'hooli', data: [{ subscriptionId: 'sub_01HAAA', amount: 1 }] });
    expect([unknown.status, unknown.body.ownCode]).toEqual([404, 2001]);
  });

  describe('CSV bulk charges', () => {
    const upload = (csv: string, fields: Record<string, string> = { clientId: 'acme' }, name = 'charges.csv', query = '') =>
      postMultipart(sim, `/mw/v1/subscriptions/charges/upload-csv${query}`, jwt, { bytes: csv, name }, fields);

    it('accepts a CSV (202, top-level trackingId) and charges its valid rows, skipping the others silently', async () => {
      const csv = [
        'subscriptionId,amount,metadata',
        'sub_01HAAA,12.5,"{""orderId"":""C-1""}"',
        'sub_01HBBB,3.99,',
        'sub_nope,4,',
        'sub_01HAAB,abc,',
        'sub_01HEEE,4,',
        '',
        'sub_01HCCC,8,plain note',
      ].join('\r\n');
      const { status, body } = await upload(csv);
      expect(status).toBe(202);
      expect(body).toEqual({ success: true, message: 'File received...', trackingId: expect.stringMatching(/^[\w-]{21}$/) });
      const entries = await outcomes([...SUBS, 'sub_01HAAB'], 'trackingId', body.trackingId, 3);
      expect(entries.map(({ subscriptionId, status: s, reason, source, metadata }) => ({ subscriptionId, status: s, reason, source, metadata }))).toEqual([
        { subscriptionId: 'sub_01HAAA', status: 'approved', reason: undefined, source: { type: 'csv', trackingId: body.trackingId, row: 1 }, metadata: { orderId: 'C-1' } },
        { subscriptionId: 'sub_01HBBB', status: 'denied', reason: 'insufficient_funds', source: { type: 'csv', trackingId: body.trackingId, row: 2 }, metadata: undefined },
        { subscriptionId: 'sub_01HCCC', status: 'denied', reason: 'subscription_inactive', source: { type: 'csv', trackingId: body.trackingId, row: 6 }, metadata: 'plain note' },
      ]);
      expect((await history('sub_01HAAB')).filter((e) => e.source.type === 'csv')).toEqual([]);
    });

    it('takes clientId from the query too, and refuses a missing clientId, a bad header, a non-CSV or an empty file', async () => {
      expect((await upload('subscriptionId,amount\nsub_01HEEE,1\n', {}, 'c.csv', '?clientId=globex')).status).toBe(202);
      const cases: Array<[string, Record<string, string>, string, number]> = [
        ['subscriptionId,amount\nsub_01HAAA,1\n', {}, 'c.csv', 400],
        ['subscription,amount\nsub_01HAAA,1\n', { clientId: 'acme' }, 'c.csv', 400],
        ['subscriptionId,amount,extra\nsub_01HAAA,1,x\n', { clientId: 'acme' }, 'c.csv', 400],
        ['subscriptionId,amount\n', { clientId: 'acme' }, 'c.csv', 400],
        ['subscriptionId,amount\nsub_01HAAA,1\n', { clientId: 'acme' }, 'c.xlsx', 400],
        ['subscriptionId,amount\nsub_01HAAA,1\n', { clientId: 'hooli' }, 'c.csv', 404],
      ];
      for (const [csv, fields, name, status] of cases) {
        const response = await upload(csv, fields, name);
        expect([response.status, response.body.ownCode]).toEqual([status, status === 404 ? 2001 : 5000]);
      }
      const noFile = await postMultipart(sim, '/mw/v1/subscriptions/charges/upload-csv', jwt, undefined, { clientId: 'acme' });
      expect([noFile.status, noFile.body.ownCode]).toEqual([400, 5000]);
    });

    it('refuses a file over 10 MB with 413', async () => {
      const big = `subscriptionId,amount\n${'sub_01HAAA,1\n'.repeat(Math.ceil((10 * 1024 * 1024) / 13) + 10)}`;
      const { status, body } = await upload(big);
      expect(status).toBe(413);
      expect(body).toEqual({ success: false, ownCode: 5000, message: 'The file must be at most 10 MB.' });
    });
  });
});
