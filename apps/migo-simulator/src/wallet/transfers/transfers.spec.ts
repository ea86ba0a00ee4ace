import { useSimulatorWalletSession } from '#test-support';

describe('Wallet Gateway card transfers and the monthly feed (simulator)', () => {
  const { api } = useSimulatorWalletSession();

  const now = new Date();
  const month = now.getUTCMonth() + 1;
  const year = now.getUTCFullYear();

  it('moves both balances and appears in both monthly feeds', async () => {
    const created = await api('POST', '/cards/transfer', { fromCardId: 5001, toCardId: 5003, amount: 120.25, observations: 'Pago de renta' });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ fromCardId: 5001, toCardId: 5003, amount: 120.25, currency: 'GTQ', status: 'approved', observations: 'Pago de renta' });
    const id = created.body.data.id;

    expect((await api('GET', '/cards/5001')).body.data.balance).toBe(1400.25);
    expect((await api('GET', '/cards/5003')).body.data.balance).toBe(965.5);
    expect((await api('GET', `/card-transfers/${id}`)).body.data).toEqual(created.body.data);

    const outgoing = (await api('GET', `/cards/5001/transfers/${month}/${year}`)).body.data;
    const incoming = (await api('GET', `/cards/5003/transfers/${month}/${year}`)).body.data;
    expect(outgoing.find((m: { transferId: number }) => m.transferId === id)).toMatchObject({ type: 'TRANSFER_OUT', direction: 'debit', amount: 120.25, transferId: id, counterpartCardId: 5003, balanceAfter: 1400.25 });
    expect(incoming.find((m: { transferId: number }) => m.transferId === id)).toMatchObject({ type: 'TRANSFER_IN', direction: 'credit', amount: 120.25, transferId: id, counterpartCardId: 5001, balanceAfter: 965.5 });
    const stamps = outgoing.map((m: { createdAt: string }) => m.createdAt);
    expect([...stamps].sort().reverse()).toEqual(stamps);
  });

  it.each([
    { label: 'more than the balance', body: { fromCardId: 5002, toCardId: 5001, amount: 300.01 }, status: 409, code: '7303' },
    { label: 'a blocked card', body: { fromCardId: 5004, toCardId: 5001, amount: 1 }, status: 409, code: '7213' },
    { label: 'an inactive card', body: { fromCardId: 5001, toCardId: 5006, amount: 1 }, status: 409, code: '7213' },
    { label: 'cards in different currencies', body: { fromCardId: 5001, toCardId: 5201, amount: 1 }, status: 400, code: '7304' },
    { label: 'an unknown card', body: { fromCardId: 5001, toCardId: 99999, amount: 1 }, status: 404, code: '7200' },
    { label: 'the same card twice', body: { fromCardId: 5001, toCardId: 5001, amount: 1 }, status: 400, code: '7000' },
    { label: 'a card id that is not an integer', body: { fromCardId: '5001', toCardId: 5003, amount: 1 }, status: 400, code: '7000' },
    { label: 'a zero amount', body: { fromCardId: 5001, toCardId: 5003, amount: 0 }, status: 400, code: '7001' },
  ])('refuses $label with $status / $code and moves nothing', async ({ body, status, code }) => {
    const response = await api('POST', '/cards/transfer', body);
    expect(response.status).toBe(status);
    expect(response.body.errors[0].code).toBe(code);
    expect((await api('GET', '/cards/5001')).body.data.balance).toBe(1520.5);
  });

  it('answers 404 / 7302 for an unknown transfer', async () => {
    const { status, body } = await api('GET', '/card-transfers/999');
    expect(status).toBe(404);
    expect(body.errors[0].code).toBe('7302');
  });

  it('validates the month and year of the feed', async () => {
    for (const path of ['/cards/5001/transfers/13/2026', '/cards/5001/transfers/0/2026', '/cards/5001/transfers/5/26', '/cards/5001/transfers/may/2026']) {
      const { status, body } = await api('GET', path);
      expect(status).toBe(400);
      expect(body.errors[0].code).toBe('7000');
    }
    expect((await api('GET', `/cards/99999/transfers/${month}/${year}`)).body.errors[0].code).toBe('7200');
    expect((await api('GET', '/cards/5001/transfers/1/1999')).body.data).toEqual([]);
  });

  it('defines transfer types, updating the name of an existing definition', async () => {
    const type = { type: 'topUp', channel: 'webService', movementType: 'credit', model: 'settlement', name: 'Recarga' };
    const created = await api('POST', '/card-transfers/types', { types: [type, { ...type, type: 'posPurchase', movementType: 'debit' }] });
    expect(created.status).toBe(201);
    expect(created.body.data).toHaveLength(2);
    const again = await api('POST', '/card-transfers/types', { types: [{ ...type, name: 'Recarga web' }] });
    expect(again.body.data[0]).toMatchObject({ id: created.body.data[0].id, name: 'Recarga web' });
    expect((await api('POST', '/card-transfers/types', { types: [{ ...type, channel: 'sms' }] })).body.errors[0].code).toBe('7000');
    expect((await api('POST', '/card-transfers/types', { types: [] })).status).toBe(400);
  });
});
