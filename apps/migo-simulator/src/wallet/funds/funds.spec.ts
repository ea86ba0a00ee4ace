import { useSimulatorWalletSession } from '#test-support';

describe('Wallet Gateway card funds (simulator)', () => {
  const { api } = useSimulatorWalletSession({ 'x-application-id': 'app_migo_demo' });

  const now = new Date();
  const month = now.getUTCMonth() + 1;
  const year = now.getUTCFullYear();
  const add = { amount: 100, operation: 'ADD_FUNDS', channel: 'MOBILE', reference: 'TOPUP-1' };

  it('loads a card and answers the movement', async () => {
    const { status, body } = await api('POST', '/cards/5003/funds', { ...add, amount: 150.5, description: 'Recarga', customKeys: { campaign: 'abril' } });
    expect(status).toBe(200);
    expect(body).toEqual({
      success: true,
      message: expect.any(String),
      data: {
        movementId: expect.any(Number),
        cardId: 5003,
        operation: 'ADD_FUNDS',
        amount: 150.5,
        balance: 995.75,
        currency: 'GTQ',
        reference: 'TOPUP-1',
        description: 'Recarga',
        channel: 'MOBILE',
        customKeys: { campaign: 'abril' },
        status: 'approved',
        createdAt: expect.any(String),
      },
    });
    const feed = await api('GET', `/cards/5003/transfers/${month}/${year}`);
    expect(feed.body.data.find((m: { id: number }) => m.id === body.data.movementId)).toMatchObject({ type: 'ADD_FUNDS', amount: 150.5, customKeys: { campaign: 'abril' } });
  });

  it.each([
    { label: 'a missing reference', body: { ...add, reference: undefined }, code: '7000' },
    { label: 'an unknown operation', body: { ...add, operation: 'REFUND' }, code: '7000' },
    { label: 'a description over 50 characters', body: { ...add, description: 'x'.repeat(51) }, code: '7000' },
    { label: 'a zero amount', body: { ...add, amount: 0 }, code: '7001' },
    { label: 'a negative amount', body: { ...add, amount: -5 }, code: '7001' },
    { label: 'five decimals', body: { ...add, amount: 1.00001 }, code: '7002' },
    { label: 'an amount sent as a string', body: { ...add, amount: '10' }, code: '7002' },
    { label: 'another currency', body: { ...add, currency: 'USD' }, code: '7304' },
  ])('refuses $label with 400 / $code', async ({ body, code }) => {
    const response = await api('POST', '/cards/5003/funds', body);
    expect(response.status).toBe(400);
    expect(response.body.success).toBe(false);
    expect(response.body.errors[0].code).toBe(code);
    expect((await api('GET', '/cards/5003')).body.data.balance).toBe(845.25);
  });

  it('accepts a description of exactly 50 characters and 4 decimals', async () => {
    const { status, body } = await api('POST', '/cards/5003/funds', { ...add, amount: 0.0001, description: 'x'.repeat(50) });
    expect(status).toBe(200);
    expect(body.data.balance).toBe(845.2501);
  });

  it('applies an issuer adjustment with PUT and records observations as the description', async () => {
    const { status, body } = await api('PUT', '/cards/5003/funds', { amount: 45.25, operation: 'WITHDRAW_FUNDS', reference: 'ADJ-7', observations: 'Ajuste por contracargo' });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ operation: 'WITHDRAW_FUNDS', amount: 45.25, balance: 800, description: 'Ajuste por contracargo', reference: 'ADJ-7' });
    expect((await api('PUT', '/cards/5003/funds', { amount: 1000, operation: 'WITHDRAW_FUNDS', reference: 'ADJ-8' })).body.errors[0].code).toBe('7303');
  });

  it('never overdraws under 50 concurrent withdrawals', async () => {
    const { cardId } = (await api('POST', '/users/104/cards/virtuals')).body.data;
    expect((await api('POST', `/cards/${cardId}/funds`, { ...add, amount: 345.5 })).status).toBe(200);

    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => api('POST', `/cards/${cardId}/funds`, { amount: 10, operation: 'WITHDRAW_FUNDS', channel: 'ATM', reference: `ATM-${i}` })),
    );
    const approved = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.status === 409);
    expect(approved).toHaveLength(34);
    expect(refused).toHaveLength(16);
    for (const r of refused) expect(r.body.errors[0].code).toBe('7303');
    expect(approved.map((r) => r.body.data.balance).sort((a, b) => a - b)[0]).toBe(5.5);

    expect((await api('GET', `/cards/${cardId}`)).body.data.balance).toBe(5.5);
    const feed = (await api('GET', `/cards/${cardId}/transfers/${month}/${year}`)).body.data;
    expect(feed).toHaveLength(35);
    expect(feed.filter((m: { type: string }) => m.type === 'WITHDRAW_FUNDS')).toHaveLength(34);
    expect(feed[0].balanceAfter).toBe(5.5);
    expect(feed[34]).toMatchObject({ type: 'ADD_FUNDS', amount: 345.5 });
  });
});
