import { DocumentedAnswers, useWalletSurface } from '#test-support';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * What the Wallet routes really answer (the simulator through the BFF) conforms to the schemas their operations
 * document: one route or more per controller, and a wrong field is reported.
 */
describe('BFF Wallet surface: answers match their documented schemas', () => {
  const stack = useWalletSurface('bff-wallet-answer-schemas');
  let answers: DocumentedAnswers;
  beforeAll(() => {
    answers = new DocumentedAnswers(stack.bff.app);
  });

  /** Calls the route and returns what is wrong with its answer against the operation `method documentedPath`. */
  async function check(method: string, documentedPath: string, path: string, status: number, options: { body?: unknown; raw?: FormData } = {}) {
    const answer = await stack.bff.call(method, path, options);
    expect([method, path, answer.status]).toEqual([method, path, status]);
    return { body: answer.body, errors: answers.errors(method, documentedPath, status, answer.body) };
  }

  it('users, one-time codes and permissions', async () => {
    const user = await check('POST', '/v1/wallet/users', '/v1/wallet/users', 201, {
      body: { firstName: 'Rosa', lastName: 'Tzul', address: 'Zona 4', countryOfBirth: 'GTM', placeOfBirth: 'Xela', gender: 'F', maritalStatus: 'casado', phoneNumber: '+50255551234', username: 'rosa.schema@example.gt', password: 'Rosa#2026-secret' },
    });
    expect(user.errors).toEqual([]);
    expect((await check('GET', '/v1/wallet/users/{userId}', `/v1/wallet/users/${user.body.userId}`, 200)).errors).toEqual([]);
    expect((await check('POST', '/v1/wallet/users/invitation-code', '/v1/wallet/users/invitation-code', 201, { body: { role: 'cashier', branchCode: 'BR-001' } })).errors).toEqual([]);
    expect((await check('POST', '/v1/wallet/users/auth/otp', '/v1/wallet/users/auth/otp', 200, { body: { email: 'rosa.schema@example.gt', purpose: 'pin_change' } })).errors).toEqual([]);
    const otp = (await stack.sim.call('GET', '/__sim/otp/rosa.schema@example.gt')).body.otp;
    expect((await check('PUT', '/v1/wallet/users/auth/otp', '/v1/wallet/users/auth/otp', 200, { body: { email: 'rosa.schema@example.gt', otp, purpose: 'pin_change' } })).errors).toEqual([]);

    expect((await check('GET', '/v1/wallet/users/permissions', '/v1/wallet/users/permissions', 200)).errors).toEqual([]);
    const defined = await check('POST', '/v1/wallet/users/permissions', '/v1/wallet/users/permissions', 201, { body: { permissions: [{ resource: 'reports', action: 'export' }] } });
    expect(defined.errors).toEqual([]);
    const grant = { permissions: [{ roleId: 1, permissionId: defined.body[0].permissionId, granted: true }] };
    expect((await check('POST', '/v1/wallet/users/{userId}/permissions', '/v1/wallet/users/101/permissions', 201, { body: grant })).errors).toEqual([]);
  });

  it('cards, linked cards, funds, transfers and statements', async () => {
    const issued = await check('POST', '/v1/wallet/users/{userId}/cards/virtuals', '/v1/wallet/users/105/cards/virtuals', 201);
    expect(issued.errors).toEqual([]);
    expect((await check('POST', '/v1/wallet/cards/{cardId}/pin', `/v1/wallet/cards/${issued.body.cardId}/pin`, 200, { body: { pin: '2468' } })).errors).toEqual([]);
    expect((await check('GET', '/v1/wallet/cards/{cardId}', '/v1/wallet/cards/5001', 200)).errors).toEqual([]);
    expect((await check('GET', '/v1/wallet/users/{userId}/cards', '/v1/wallet/users/105/cards', 200)).errors).toEqual([]);
    const link = await check('POST', '/v1/wallet/users/{userId}/linked-cards', '/v1/wallet/users/105/linked-cards', 201, { body: { email: 'maria.lopez@example.gt', suffix: '4401', alias: 'María' } });
    expect(link.errors).toEqual([]);
    expect((await check('GET', '/v1/wallet/users/{userId}/linked-cards', '/v1/wallet/users/105/linked-cards', 200)).errors).toEqual([]);
    expect((await check('DELETE', '/v1/wallet/users/{userId}/linked-cards/{associationId}', `/v1/wallet/users/105/linked-cards/${link.body.associationId}`, 200)).errors).toEqual([]);

    const funds = { amount: 100.25, operation: 'ADD_FUNDS', channel: 'WEB', reference: 'SCHEMA-1', customKeys: { campaign: 'abril' } };
    expect((await check('POST', '/v1/wallet/cards/{cardId}/funds', '/v1/wallet/cards/5002/funds', 200, { body: funds })).errors).toEqual([]);
    const transfer = await check('POST', '/v1/wallet/cards/transfer', '/v1/wallet/cards/transfer', 201, { body: { fromCardId: 5002, toCardId: 5001, amount: 50 } });
    expect(transfer.errors).toEqual([]);
    expect((await check('GET', '/v1/wallet/card-transfers/{id}', `/v1/wallet/card-transfers/${transfer.body.id}`, 200)).errors).toEqual([]);
    const now = new Date();
    const feed = await check('GET', '/v1/wallet/cards/{cardId}/transfers/{month}/{year}', `/v1/wallet/cards/5002/transfers/${now.getUTCMonth() + 1}/${now.getUTCFullYear()}`, 200);
    expect(feed.errors).toEqual([]);
    expect(feed.body.length).toBeGreaterThanOrEqual(2);
    const types = { types: [{ type: 'topUp', channel: 'webService', movementType: 'credit', model: 'settlement', name: 'Recarga' }] };
    expect((await check('POST', '/v1/wallet/card-transfers/types', '/v1/wallet/card-transfers/types', 201, { body: types })).errors).toEqual([]);

    const statement = await check('POST', '/v1/wallet/cards/{cardId}/statements', '/v1/wallet/cards/5001/statements', 202, { body: { month: 1, year: 2026 } });
    expect(statement.errors).toEqual([]);
    expect((await check('GET', '/v1/wallet/cards/{cardId}/statements/{reference}', `/v1/wallet/cards/5001/statements/${statement.body.upstream.reference}`, 200)).errors).toEqual([]);
  });

  it('terminals, terminal payments, settlements, configs, leads and businesses', async () => {
    const payment = await check('POST', '/v1/wallet/terminal-payment', '/v1/wallet/terminal-payment', 202, { body: { subtotal: 25.5, deviceId: 'device-abc123', additionalData: { table: 4 } } });
    expect(payment.errors).toEqual([]);
    expect((await check('PATCH', '/v1/wallet/terminal-payment/{id}', `/v1/wallet/terminal-payment/${payment.body.upstream.id}`, 200, { body: { status: 'cancelled' } })).errors).toEqual([]);
    expect((await check('GET', '/v1/wallet/devices/users/{authUserId}/terminals/{deviceId}', '/v1/wallet/devices/users/101/terminals/device-abc123', 200)).errors).toEqual([]);
    expect((await check('GET', '/v1/wallet/devices/{deviceId}/transactions', '/v1/wallet/devices/device-abc123/transactions', 200)).errors).toEqual([]);
    expect((await check('DELETE', '/v1/wallet/businesses/terminals/{deviceId}', '/v1/wallet/businesses/terminals/device-def456', 200)).errors).toEqual([]);

    const settlements = await check('GET', '/v1/wallet/settlements', `/v1/wallet/settlements?from=${day(-92)}&to=${day(0)}`, 200);
    expect(settlements.errors).toEqual([]);
    expect(settlements.body.items.length).toBeGreaterThan(0);
    expect((await check('GET', '/v1/wallet/settlements/{settlementId}', `/v1/wallet/settlements/${settlements.body.items[0].settlementId}`, 200)).errors).toEqual([]);
    expect((await check('GET', '/v1/wallet/configs', '/v1/wallet/configs', 200)).errors).toEqual([]);

    const lead = { firstName: 'Ana', lastName: 'Paz', gender: 'F', cui: '1234567890101', expirationDate: '2030-01-31', commercialName: 'Tienda Ana', partner: 'acme' };
    expect((await check('POST', '/v1/wallet/leads', '/v1/wallet/leads', 201, { body: lead })).errors).toEqual([]);
    const form = new FormData();
    form.append('businessPhoto', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'front.png');
    form.append('utilityBill', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'bill.pdf');
    expect((await check('POST', '/v1/wallet/businesses/{commerceId}/files', '/v1/wallet/businesses/3001/files', 201, { raw: form })).errors).toEqual([]);
    expect((await check('GET', '/v1/wallet/businesses/{commerceId}/docs', '/v1/wallet/businesses/3001/docs', 200)).errors).toEqual([]);
  });

  it('reports a field the simulator answers with the wrong type, a missing required field and a bad date', async () => {
    const card = (await stack.bff.call('GET', '/v1/wallet/cards/5001')).body;
    expect(answers.errors('GET', '/v1/wallet/cards/{cardId}', 200, { ...card, balance: '1500.00' })).toEqual(['/balance must be number']);
    const { maskedPan: _maskedPan, ...withoutPan } = card;
    expect(answers.errors('GET', '/v1/wallet/cards/{cardId}', 200, withoutPan)).toEqual(["/ must have required property 'maskedPan'"]);
    expect(answers.errors('GET', '/v1/wallet/cards/{cardId}', 200, { ...card, createdAt: 'yesterday' })).toEqual(['/createdAt must match format "date-time"']);
    expect(answers.errors('GET', '/v1/wallet/cards/{cardId}', 200, { ...card, issuer: 'added by Migo later' })).toEqual([]);
  });
});
