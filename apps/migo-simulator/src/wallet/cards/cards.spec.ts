import { panEnding, useSimulatorWalletSession } from '#test-support';

describe('Wallet Gateway cards, PINs and linked cards (simulator)', () => {
  const { api } = useSimulatorWalletSession();

  it('issues an inactive card without PIN in the currency of the user partner', async () => {
    const acme = await api('POST', '/users/101/cards/virtuals');
    expect(acme.status).toBe(201);
    expect(acme.body.data).toMatchObject({ userId: 101, status: 'inactive', currency: 'GTQ', balance: 0, pinSet: false, maskedPan: expect.stringMatching(/^\*{12}\d{4}$/) });
    expect((await api('POST', '/users/106/cards/virtuals')).body.data.currency).toBe('USD');
    const cards = await api('GET', '/users/101/cards');
    expect(cards.body.data.map((c: { cardId: number }) => c.cardId)).toEqual(expect.arrayContaining([5001, 5002, acme.body.data.cardId]));
    expect((await api('GET', `/cards/${acme.body.data.cardId}`)).body.data.cardId).toBe(acme.body.data.cardId);
    expect((await api('GET', '/cards/99999')).body.errors[0].code).toBe('7200');
    expect((await api('POST', '/users/999999/cards/virtuals')).body.errors[0].code).toBe('7100');
  });

  it('activates a card only once it has a PIN, and the PIN never appears in a response', async () => {
    const { cardId } = (await api('POST', '/users/102/cards/virtuals')).body.data;
    const early = await api('PATCH', `/cards/${cardId}/status`, { status: 'active' });
    expect(early.status).toBe(409);
    expect(early.body.errors[0].code).toBe('7213');

    for (const pin of ['12a4', '123', '1234567', 1234]) {
      const bad = await api('POST', `/cards/${cardId}/pin`, { pin });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].code).toBe('7000');
    }
    const set = await api('POST', `/cards/${cardId}/pin`, { pin: '908172' });
    expect(set.status).toBe(200);
    expect(set.body.data).toEqual({ cardId, pinSet: true, updatedAt: expect.any(String) });
    const perUser = await api('POST', `/cards/${cardId}/users/101/pin`, { pin: '554433' });
    expect(perUser.status).toBe(200);
    const activated = await api('PATCH', `/cards/${cardId}/status`, { status: 'active' });
    expect(activated.body.data).toMatchObject({ status: 'active', pinSet: true });
    const read = await api('GET', `/cards/${cardId}`);
    for (const body of [set.body, perUser.body, activated.body, read.body]) {
      expect(JSON.stringify(body)).not.toMatch(/908172|554433/);
    }
  });

  it('blocks and unblocks a card, and renames it', async () => {
    expect((await api('PATCH', '/cards/5001/status', { status: 'blocked' })).body.data.status).toBe('blocked');
    const funds = await api('POST', '/cards/5001/funds', { amount: 1, operation: 'ADD_FUNDS', channel: 'WEB', reference: 'R-1' });
    expect(funds.status).toBe(409);
    expect(funds.body.errors[0].code).toBe('7213');
    expect((await api('PATCH', '/cards/5001/status', { status: 'active' })).body.data.status).toBe('active');
    expect((await api('PATCH', '/cards/5001/status', { status: 'inactive' })).body.errors[0].code).toBe('7000');
    expect((await api('PATCH', '/cards/5001/alias', { alias: 'Sueldo' })).body.data.alias).toBe('Sueldo');
    expect((await api('PATCH', '/cards/5001/alias', { alias: 'x'.repeat(31) })).status).toBe(400);
  });

  it('links an existing card by number keeping only its last 4 digits', async () => {
    const pan = panEnding('5101');
    const linked = await api('POST', '/users/102/cards?clientId=acme', { card: pan, alias: 'Física' });
    expect(linked.status).toBe(201);
    expect(linked.body.data).toMatchObject({ cardId: 5101, userId: 102, maskedPan: '************5101', alias: 'Física' });
    expect(JSON.stringify(linked.body)).not.toContain(pan);
    expect(JSON.stringify(linked.body)).not.toContain(pan.slice(0, 12));
    expect(JSON.stringify((await api('GET', '/cards/5101')).body)).not.toContain(pan);

    const taken = await api('POST', '/users/103/cards?clientId=acme', { card: pan });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].code).toBe('7201');
  });

  it('refuses a link without clientId, with a bad number, or for an unknown card', async () => {
    const pan = panEnding('5102');
    const noClient = await api('POST', '/users/102/cards', { card: pan });
    expect(noClient.status).toBe(400);
    expect(noClient.body.errors[0].code).toBe('7000');
    const notLuhn = `${pan.slice(0, 11)}${(Number(pan[11]) + 1) % 10}${pan.slice(12)}`;
    for (const card of [notLuhn, '4111', '41111111111111111111', 4111111111111111]) {
      const bad = await api('POST', '/users/102/cards?clientId=acme', { card });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].code).toBe('7000');
      expect(JSON.stringify(bad.body)).not.toContain(String(card));
    }
    expect((await api('POST', '/users/102/cards?clientId=acme', { card: panEnding('9999') })).body.errors[0].code).toBe('7200');
    expect((await api('POST', '/users/102/cards?clientId=nobody', { card: pan })).body.errors[0].code).toBe('7500');
  });

  it('links, lists, renames and removes a third-party card found by owner e-mail and last 4', async () => {
    const missing = await api('POST', '/users/102/linked-cards', { email: 'maria.lopez@example.gt', suffix: '9999', alias: 'Mamá' });
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0].code).toBe('7220');
    const created = await api('POST', '/users/102/linked-cards', { email: 'maria.lopez@example.gt', suffix: '4401', alias: 'Mamá' });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ cardId: 5001, maskedPan: '************4401', alias: 'Mamá', ownerName: 'María L.' });
    expect(created.body.data).not.toHaveProperty('balance');
    const { associationId } = created.body.data;
    expect((await api('POST', '/users/102/linked-cards', { email: 'maria.lopez@example.gt', suffix: '4401', alias: 'Otra vez' })).body.errors[0].code).toBe('7607');

    expect((await api('GET', '/users/102/linked-cards')).body.data).toHaveLength(1);
    expect((await api('PATCH', `/users/102/linked-cards/${associationId}`, { alias: 'Mami' })).body.data.alias).toBe('Mami');
    expect((await api('PATCH', `/users/103/linked-cards/${associationId}`, { alias: 'Ajena' })).body.errors[0].code).toBe('7220');
    expect((await api('DELETE', `/users/102/linked-cards/${associationId}`)).body.data).toEqual({ associationId, deleted: true });
    expect((await api('GET', '/users/102/linked-cards')).body.data).toEqual([]);
  });
});
