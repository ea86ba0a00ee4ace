import http from 'node:http';
import { panEnding, signLogin, useWalletSurface } from '#test-support';

const directUser = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Rosa',
  lastName: 'Tzul',
  address: 'Zona 4, Guatemala',
  countryOfBirth: 'GTM',
  placeOfBirth: 'Quetzaltenango',
  gender: 'F',
  maritalStatus: 'soltero',
  phoneNumber: '+50255551234',
  username: `rosa.${Math.random().toString(36).slice(2, 8)}@example.gt`,
  password: 'Quetzal#Secret-2026',
  ...overrides,
});

describe('BFF Wallet surface: access, validation and sensitive data', () => {
  const stack = useWalletSurface('bff-wallet');

  describe('scopes', () => {
    it('refuses writes to a read-only app and money moves to an app without wallet:money, before any upstream call', async () => {
      const readerAlias = await stack.bff.call('PATCH', '/v1/wallet/cards/5001/alias', { as: 'reader', body: { alias: 'Nueva' } });
      expect(readerAlias.status).toBe(403);
      expect(readerAlias.body.detail).toMatch(/wallet:write/);
      expect((await stack.bff.call('POST', '/v1/wallet/users/101/cards/virtuals', { as: 'reader' })).status).toBe(403);

      const funds = { amount: 10, operation: 'ADD_FUNDS', channel: 'WEB', reference: 'TOPUP-1' };
      const noMoney = await stack.bff.call('POST', '/v1/wallet/cards/5001/funds', { as: 'writerNoMoney', body: funds });
      expect(noMoney.status).toBe(403);
      expect(noMoney.body.detail).toMatch(/wallet:money/);
      expect((await stack.bff.call('PUT', '/v1/wallet/cards/5001/funds', { as: 'writerNoMoney', body: { amount: 1, operation: 'ADD_FUNDS', reference: 'ADJ-1' } })).status).toBe(403);
      expect((await stack.bff.call('POST', '/v1/wallet/cards/transfer', { as: 'writerNoMoney', body: { fromCardId: 5001, toCardId: 5002, amount: 1 } })).status).toBe(403);
      expect((await stack.bff.call('POST', '/v1/wallet/terminal-payment', { as: 'writerNoMoney', body: { subtotal: 5, deviceId: 'device-abc123' } })).status).toBe(403);
      expect((await stack.bff.call('PATCH', '/v1/wallet/terminal-payment/1', { as: 'writerNoMoney', body: { status: 'cancelled' } })).status).toBe(403);

      expect(await stack.upstreamCalls('PATCH /rest/cards/:cardId/alias')).toBe(0);
      expect(await stack.upstreamCalls('POST /rest/users/:userId/cards/virtuals')).toBe(0);
      expect(await stack.upstreamCalls('POST /rest/cards/:cardId/funds')).toBe(0);
      expect(await stack.upstreamCalls('PUT /rest/cards/:cardId/funds')).toBe(0);
      expect(await stack.upstreamCalls('POST /rest/cards/transfer')).toBe(0);
      expect(await stack.upstreamCalls('POST /rest/terminal-payment')).toBe(0);
      expect(await stack.upstreamCalls('PATCH /rest/terminal-payment/:id')).toBe(0);
    });

    it('lets a read-only app read', async () => {
      const card = await stack.bff.call('GET', '/v1/wallet/cards/5001', { as: 'reader' });
      expect(card.status).toBe(200);
      expect(card.body).toMatchObject({ cardId: 5001, maskedPan: '************4401', balance: 1520.5 });
    });

    it('checks the partner of a linked card (query) and of a lead (body) against the app allow-list', async () => {
      const link = await stack.bff.call('POST', '/v1/wallet/users/106/cards?clientId=globex', { as: 'acme', body: { card: panEnding('5301') } });
      expect(link.status).toBe(403);
      expect(link.body.detail).toMatch(/user 106: it is not of a partner of this app/);
      const lead = await stack.bff.call('POST', '/v1/wallet/leads', {
        as: 'acme',
        body: { firstName: 'Ana', lastName: 'Paz', gender: 'F', cui: '1234567890101', expirationDate: '2030-01-31', commercialName: 'Tienda Ana', partner: 'globex' },
      });
      expect(lead.status).toBe(403);
      expect(await stack.upstreamCalls('POST /rest/users/:userId/cards')).toBe(0);
      expect(await stack.upstreamCalls('POST /rest/leads')).toBe(0);
      expect((await stack.bff.call('POST', '/v1/wallet/users/102/cards?clientId=acme', { as: 'acme', body: { card: panEnding('5102') } })).status).toBe(201);
    });

    it('keeps an app restricted to some partners to their users and cards, before any money moves', async () => {
      expect((await stack.bff.call('GET', '/v1/wallet/cards/5001', { as: 'acme' })).status).toBe(200);
      expect((await stack.bff.call('GET', '/v1/wallet/users/101/cards', { as: 'acme' })).status).toBe(200);
      const globexCard = await stack.bff.call('GET', '/v1/wallet/cards/5201', { as: 'acme' });
      expect(globexCard.status).toBe(403);
      // Whose the card is stays unsaid.
      expect(globexCard.body.detail).toMatch(/card 5201: it is not of a partner of this app/);
      expect(globexCard.text).not.toMatch(/globex/i);
      expect((await stack.bff.call('GET', '/v1/wallet/users/106', { as: 'acme' })).status).toBe(403);
      expect((await stack.bff.call('GET', '/v1/wallet/cards/5101', { as: 'acme' })).status).toBe(403); // inventory: no holder, no partner
      const transfer = await stack.bff.call('POST', '/v1/wallet/cards/transfer', { as: 'acme', body: { fromCardId: 5001, toCardId: 5201, amount: 1 } });
      expect(transfer.status).toBe(403);
      expect((await stack.bff.call('POST', '/v1/wallet/cards/5201/funds', { as: 'acme', body: { amount: 1, operation: 'ADD_FUNDS', channel: 'WEB', reference: 'OWN-1' } })).status).toBe(403);
      expect((await stack.bff.call('GET', '/v1/views/cards/5201/activity', { as: 'acme' })).status).toBe(403);
      expect(await stack.upstreamCalls('POST /rest/cards/transfer')).toBe(0);
      expect(await stack.upstreamCalls('POST /rest/cards/:cardId/funds')).toBe(0);
      expect(await stack.upstreamCalls('GET /rest/cards/:cardId/transfers/:month/:year')).toBe(0);
      // Unrestricted apps reach every card.
      expect((await stack.bff.call('GET', '/v1/wallet/cards/5201', { as: 'reader' })).status).toBe(200);
    });

    it("shows a restricted app a transfer by id only when one of its cards is the app's partner's", async () => {
      const acmeTransfer = await stack.bff.call('POST', '/v1/wallet/cards/transfer', { body: { fromCardId: 5001, toCardId: 5003, amount: 1 } });
      const globexTransfer = await stack.bff.call('POST', '/v1/wallet/cards/transfer', { body: { fromCardId: 5201, toCardId: 5202, amount: 1 } });
      expect([acmeTransfer.status, globexTransfer.status]).toEqual([201, 201]);
      expect((await stack.bff.call('GET', `/v1/wallet/card-transfers/${acmeTransfer.body.id}`, { as: 'acme' })).status).toBe(200);
      const refused = await stack.bff.call('GET', `/v1/wallet/card-transfers/${globexTransfer.body.id}`, { as: 'acme' });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(refused.body.detail).toMatch(/transfer \d+: it is not of a partner of this app/);
      expect(refused.text).not.toMatch(/5201|5202/);
      expect((await stack.bff.call('GET', `/v1/wallet/card-transfers/${globexTransfer.body.id}`, { as: 'reader' })).status).toBe(200);
    });

    it('closes routes whose partner Migo does not name (terminals, devices, terminal payments, businesses) to restricted apps, before any upstream call', async () => {
      const closed: Array<[string, string, unknown?]> = [
        ['POST', '/v1/wallet/terminal-payment', { subtotal: 5, deviceId: 'device-abc123' }],
        ['PATCH', '/v1/wallet/terminal-payment/1', { status: 'refunded' }],
        ['GET', '/v1/wallet/terminal-payment/1'],
        ['GET', '/v1/wallet/devices/device-abc123/transactions'],
        ['GET', '/v1/wallet/devices/device-abc123/transactions/12345'],
        ['PATCH', '/v1/wallet/businesses/terminals/device-abc123', { isActive: false }],
        ['DELETE', '/v1/wallet/businesses/terminals/device-abc123'],
        ['GET', '/v1/wallet/businesses/3001/docs'],
        ['POST', '/v1/wallet/users/invitation-code', { role: 'admin', branchCode: 'BR-001' }],
      ];
      for (const [method, path, body] of closed) {
        const response = await stack.bff.call(method, path, { as: 'acme', body });
        expect({ method, path, status: response.status }).toEqual({ method, path, status: 403 });
        expect(response.body.detail).toMatch(/not attributed to a partner by Migo/);
      }
      const stats = (await stack.sim.call('GET', '/__sim/stats')).body.requests as Record<string, number>;
      expect(Object.keys(stats).filter((route) => /terminal|devices|businesses|invitation/.test(route))).toEqual([]);
      // A terminal named with its operator is attributed through that user; unrestricted apps reach every route.
      expect((await stack.bff.call('GET', '/v1/wallet/devices/users/101/terminals/device-abc123', { as: 'acme' })).status).toBe(200);
      expect((await stack.bff.call('GET', '/v1/wallet/devices/users/106/terminals/device-abc123', { as: 'acme' })).status).toBe(403);
      expect((await stack.bff.call('GET', '/v1/wallet/devices/device-abc123/transactions', { as: 'reader' })).status).toBe(200);
      // Routes that are not partner data stay open to restricted apps.
      expect((await stack.bff.call('GET', '/v1/wallet/configs', { as: 'acme' })).status).toBe(200);
      expect((await stack.bff.call('GET', '/v1/wallet/users/permissions', { as: 'acme' })).status).toBe(200);
    });

    it('needs admin (besides wallet:write) to change the application configuration', async () => {
      expect((await stack.bff.call('PATCH', '/v1/wallet/configs', { as: 'acme', body: { name: 'Renamed' } })).status).toBe(403);
      expect((await stack.bff.call('PATCH', '/v1/wallet/configs', { as: 'writerNoMoney', body: { name: 'Renamed' } })).status).toBe(403);
      expect(await stack.upstreamCalls('PATCH /rest/configs')).toBe(0);
      const patched = await stack.bff.call('PATCH', '/v1/wallet/configs', { body: { name: 'Renamed', limits: { maxTransactionAmount: 2500.5 } } });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ name: 'Renamed', limits: { maxTransactionAmount: 2500.5, dailyTransactionAmount: 50000 } });
    });

    it('does not expose the Wallet login or health routes', async () => {
      expect((await stack.bff.call('POST', '/v1/wallet/auth/login', { body: { merchant: 'x', signature: 'y' } })).status).toBe(404);
      expect((await stack.bff.call('GET', '/v1/wallet/health')).status).toBe(404);
    });
  });

  describe('validation before any upstream call', () => {
    const fields = (response: { body: { errors?: Array<{ field: string }> } }) => [...new Set((response.body.errors ?? []).map((e) => e.field))].sort();

    it('refuses an amount with 5 decimals and a 51-character description, naming the fields', async () => {
      const amount = await stack.bff.call('POST', '/v1/wallet/cards/5001/funds', { body: { amount: 10.12345, operation: 'ADD_FUNDS', channel: 'WEB', reference: 'R-1' } });
      expect(amount.status).toBe(400);
      expect(fields(amount)).toEqual(['amount']);
      const description = await stack.bff.call('POST', '/v1/wallet/cards/5001/funds', { body: { amount: 10, operation: 'ADD_FUNDS', channel: 'WEB', reference: 'R-1', description: 'x'.repeat(51) } });
      expect(description.status).toBe(400);
      expect(fields(description)).toEqual(['description']);
      const fiftyIsFine = await stack.bff.call('POST', '/v1/wallet/cards/5001/funds', { body: { amount: 0.0001, operation: 'ADD_FUNDS', channel: 'WEB', reference: 'R-1', description: 'x'.repeat(50) } });
      expect(fiftyIsFine.status).toBe(200);
      expect(await stack.upstreamCalls('POST /rest/cards/:cardId/funds')).toBe(1);
    });

    it('refuses an invalid PAN without repeating it', async () => {
      const notLuhn = `${panEnding('5103').slice(0, -1)}${(Number(panEnding('5103').slice(-1)) + 1) % 10}`;
      for (const card of [notLuhn, '4111', 4111111111111111]) {
        const response = await stack.bff.call('POST', '/v1/wallet/users/102/cards?clientId=acme', { body: { card } });
        expect(response.status).toBe(400);
        expect(fields(response)).toEqual(['card']);
        expect(response.text).not.toContain(String(card));
      }
      expect((await stack.bff.call('POST', '/v1/wallet/users/102/cards', { body: { card: panEnding('5103') } })).status).toBe(400);
      expect(await stack.upstreamCalls('POST /rest/users/:userId/cards')).toBe(0);
    });

    it('refuses month 13, a 2-digit year and a bad card id in the monthly feed path', async () => {
      const month = await stack.bff.call('GET', '/v1/wallet/cards/5001/transfers/13/2026');
      expect(month.status).toBe(400);
      expect(fields(month)).toEqual(['month']);
      expect(fields(await stack.bff.call('GET', '/v1/wallet/cards/5001/transfers/12/26'))).toEqual(['year']);
      expect(fields(await stack.bff.call('GET', '/v1/wallet/cards/abc/transfers/1/2026'))).toEqual(['cardId']);
      for (const cardId of ['0', '-5001', '5e3']) expect(fields(await stack.bff.call('GET', `/v1/wallet/cards/${cardId}/transfers/1/2026`))).toEqual(['cardId']);
      // A partner-restricted app gets the same 400 (a route that names a card is not closed to it; the id is just bad).
      const restricted = await stack.bff.call('GET', '/v1/wallet/cards/abc/transfers/1/2026', { as: 'acme' });
      expect(restricted.status).toBe(400);
      expect(fields(restricted)).toEqual(['cardId']);
      expect(fields(await stack.bff.call('GET', '/v1/wallet/cards/abc', { as: 'acme' }))).toEqual(['cardId']);
      expect(await stack.upstreamCalls('GET /rest/cards/:cardId/transfers/:month/:year')).toBe(0);
      const now = new Date();
      const feed = await stack.bff.call('GET', `/v1/wallet/cards/5001/transfers/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${now.getUTCFullYear()}`);
      expect(feed.status).toBe(200);
      expect(feed.body.length).toBeGreaterThan(0);
    });

    it('refuses a transfer to the same card, a terminal payment without a terminal and a statement for month 0', async () => {
      const transfer = await stack.bff.call('POST', '/v1/wallet/cards/transfer', { body: { fromCardId: 5001, toCardId: 5001, amount: 5 } });
      expect(transfer.status).toBe(400);
      expect(fields(transfer)).toEqual(['toCardId']);
      const payment = await stack.bff.call('POST', '/v1/wallet/terminal-payment', { body: { subtotal: 5 } });
      expect(payment.status).toBe(400);
      expect(fields(payment)).toEqual(['terminalId']);
      expect(fields(await stack.bff.call('POST', '/v1/wallet/cards/5001/statements', { body: { month: 0, year: 2026 } }))).toEqual(['month']);
      expect(await stack.upstreamCalls('POST /rest/cards/transfer')).toBe(0);
      expect(await stack.upstreamCalls('POST /rest/terminal-payment')).toBe(0);
      expect(await stack.upstreamCalls('POST /rest/cards/:cardId/statements')).toBe(0);
    });

    it('validates each registration mode by its own rules', async () => {
      const invited = { deviceId: 'device-new-1', invitationCode: 'ABC1234', username: 'cajero@example.gt', password: 'Cajero#2026-long', confirmPassword: 'Cajero#2026-other' };
      const mismatch = await stack.bff.call('POST', '/v1/wallet/users', { body: invited });
      expect(mismatch.status).toBe(400);
      expect(fields(mismatch)).toEqual(['confirmPassword']);
      const crossed = await stack.bff.call('POST', '/v1/wallet/users', { body: { ...invited, confirmPassword: invited.password, firstName: 'Rosa' } });
      expect(fields(crossed)).toEqual(['firstName']);
      const direct = await stack.bff.call('POST', '/v1/wallet/users', { body: directUser({ gender: 'X', deviceId: 'device-1', dateOfBirth: '1990-02-30' }) });
      expect(fields(direct)).toEqual(['dateOfBirth', 'deviceId', 'gender']);
      const missing = await stack.bff.call('POST', '/v1/wallet/users', { body: {} });
      expect(fields(missing)).toEqual(['address', 'countryOfBirth', 'firstName', 'gender', 'lastName', 'maritalStatus', 'password', 'phoneNumber', 'placeOfBirth', 'username']);
      expect(await stack.upstreamCalls('POST /rest/users')).toBe(0);
    });

    it('refuses "." and ".." as free-text path segments (they would reach another Migo route)', async () => {
      const raw = (path: string) =>
        new Promise<number>((resolve, reject) => {
          const url = new URL(stack.bff.url);
          const request = http.request({ host: url.hostname, port: url.port, path, method: 'GET', headers: { authorization: 'Bearer test-key-all-0001' } }, (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          });
          request.on('error', reject);
          request.end();
        });
      expect(await raw('/v1/wallet/devices/%2E%2E/transactions')).toBe(400);
      expect(await raw('/v1/wallet/cards/5001/statements/%2E')).toBe(400);
      expect(await raw('/v1/wallet/devices/device-abc123/transactions')).toBe(200);
    });
  });

  describe('sensitive data', () => {
    it('never echoes or logs a PAN, a PIN or a password', async () => {
      const pan = panEnding('5104');
      const linked = await stack.bff.call('POST', '/v1/wallet/users/102/cards?clientId=acme', { body: { card: pan, alias: 'Física' } });
      expect(linked.status).toBe(201);
      expect(linked.body).toMatchObject({ cardId: 5104, userId: 102, maskedPan: '************5104' });
      expect(linked.text).not.toContain(pan);

      const pinSet = await stack.bff.call('POST', '/v1/wallet/cards/5104/pin', { body: { pin: '739152' } });
      expect(pinSet.status).toBe(200);
      expect(pinSet.body).toMatchObject({ cardId: 5104, pinSet: true });
      const userPin = await stack.bff.call('POST', '/v1/wallet/cards/5104/users/102/pin', { body: { pin: '482913' } });
      expect(userPin.status).toBe(200);
      expect(`${pinSet.text}${userPin.text}`).not.toMatch(/739152|482913/);
      const badPin = await stack.bff.call('POST', '/v1/wallet/cards/5104/pin', { body: { pin: '12ab5' } });
      expect(badPin.status).toBe(400);
      expect(badPin.text).not.toContain('12ab5');

      const user = directUser({ password: 'Quetzal#Secret-2026' });
      const registered = await stack.bff.call('POST', '/v1/wallet/users', { body: user });
      expect(registered.status).toBe(201);
      expect(registered.text).not.toContain('Quetzal#Secret-2026');
      const short = await stack.bff.call('POST', '/v1/wallet/users', { body: directUser({ password: 'Tiny#1' }) });
      expect(short.status).toBe(400);
      expect(short.text).not.toContain('Tiny#1');

      const logs = stack.bff.logLines.join('\n');
      expect(logs).toContain('request completed');
      for (const secret of [pan, '739152', '482913', '12ab5', 'Quetzal#Secret-2026', 'Tiny#1']) expect(logs).not.toContain(secret);
    });
  });

  describe('configs', () => {
    it('sends the applicationId header Migo requires on /configs', async () => {
      const config = await stack.bff.call('GET', '/v1/wallet/configs', { as: 'reader' });
      expect(config.status).toBe(200);
      expect(config.body).toMatchObject({ applicationId: 'app_migo_demo', permissions: ['USER_REGISTRATION', 'FILE_UPLOAD'] });

      // The same call without the header, straight to the simulator: Migo's 400 / 8008.
      const login = await stack.sim.call('POST', '/rest/auth/login', { body: { merchant: stack.sim.secrets.merchantSlug, signature: signLogin(stack.sim.secrets) } });
      const bare = await stack.sim.call('GET', '/rest/configs', { headers: { authorization: `Bearer ${login.body.data.accessToken}` } });
      expect(bare.status).toBe(400);
      expect(bare.body.errors[0].code).toBe('8008');
    });
  });
});
