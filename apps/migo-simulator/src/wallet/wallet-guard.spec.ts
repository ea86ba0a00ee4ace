import { RunningSimulator, startSimulator } from '#test-support';

/** Every Wallet route but login, refresh, health (and the signed document links) needs a Bearer access token. */
const GUARDED: Array<[method: string, path: string]> = [
  ['POST', '/users'],
  ['POST', '/users/invitation-code'],
  ['GET', '/users/101'],
  ['POST', '/users/auth/otp'],
  ['PUT', '/users/auth/otp'],
  ['POST', '/users/auth/password/reset'],
  ['GET', '/users/permissions'],
  ['POST', '/users/permissions'],
  ['POST', '/users/101/permissions'],
  ['PATCH', '/users/101/permissions'],
  ['POST', '/users/101/cards/virtuals'],
  ['POST', '/users/101/cards?clientId=acme'],
  ['GET', '/users/101/cards'],
  ['GET', '/cards/5001'],
  ['PATCH', '/cards/5001/status'],
  ['PATCH', '/cards/5001/alias'],
  ['POST', '/users/101/linked-cards'],
  ['GET', '/users/101/linked-cards'],
  ['PATCH', '/users/101/linked-cards/1'],
  ['DELETE', '/users/101/linked-cards/1'],
  ['POST', '/cards/5001/pin'],
  ['POST', '/cards/5001/users/101/pin'],
  ['POST', '/cards/5001/funds'],
  ['PUT', '/cards/5001/funds'],
  ['POST', '/cards/transfer'],
  ['GET', '/card-transfers/1'],
  ['GET', '/cards/5001/transfers/1/2026'],
  ['POST', '/card-transfers/types'],
  ['POST', '/cards/5001/statements'],
  ['GET', '/cards/5001/statements/stm_x'],
  ['GET', '/cards/5001/statements/stm_x/file'],
  ['POST', '/leads'],
  ['POST', '/leads/files/upload/identification.pdf'],
  ['POST', '/businesses/3001/files'],
  ['GET', '/businesses/3001/docs'],
  ['GET', '/devices/users/101/terminals/device-abc123'],
  ['GET', '/businesses/users/101/terminals/device-abc123'],
  ['GET', '/devices/device-abc123/transactions'],
  ['GET', '/devices/device-abc123/transactions/1'],
  ['PATCH', '/businesses/terminals/device-abc123'],
  ['DELETE', '/businesses/terminals/device-abc123'],
  ['POST', '/terminal-payment'],
  ['PATCH', '/terminal-payment/1'],
  ['GET', '/terminal-payment/1'],
  ['GET', '/configs'],
  ['PATCH', '/configs'],
];

describe('Wallet Gateway route guard (simulator)', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it('answers 401 / 8000 without a token on every guarded route, and changes nothing', async () => {
    for (const [method, path] of GUARDED) {
      const { status, body } = await sim.call(method, `/rest${path}`, { body: method === 'GET' || method === 'DELETE' ? undefined : {}, headers: { applicationId: 'app_migo_demo' } });
      expect({ route: `${method} ${path}`, status }).toEqual({ route: `${method} ${path}`, status: 401 });
      expect(body.errors?.[0]?.code ?? body.error?.code).toBe('8000');
    }
    expect((await sim.call('GET', '/rest/health')).status).toBe(200);
  });
});
