import { randomUUID } from 'node:crypto';
import { useWalletSurface } from '#test-support';

const FUNDS_ROUTE = 'POST /rest/cards/:cardId/funds';

const withdraw = (amount: number, reference = `W-${randomUUID()}`) => ({ amount, operation: 'WITHDRAW_FUNDS', channel: 'POS', reference });
const deposit = (amount: number) => ({ amount, operation: 'ADD_FUNDS', channel: 'WEB', reference: `D-${randomUUID()}` });

describe('BFF Wallet surface: money moves', () => {
  const stack = useWalletSurface('bff-wallet-money', '/v1/wallet/cards/5001');
  const funds = (cardId: number, body: unknown, key?: string) => stack.bff.call('POST', `/v1/wallet/cards/${cardId}/funds`, { body, headers: key ? { 'idempotency-key': key } : {} });

  describe('Idempotency-Key on funds', () => {
    it('replays the first answer for the same key and body, calling Migo once', async () => {
      const key = randomUUID();
      const body = withdraw(20.5, 'W-REPLAY-1');
      const first = await funds(5001, body, key);
      const second = await funds(5001, body, key);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ amount: 20.5, balance: 1500, reference: 'W-REPLAY-1' });
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      expect(second.status).toBe(200);
      expect(second.body).toEqual(first.body);
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect(await stack.upstreamCalls(FUNDS_ROUTE)).toBe(1);
      expect((await stack.bff.call('GET', '/v1/wallet/cards/5001')).body.balance).toBe(1500);
    });

    it('refuses the same key with a different body (422)', async () => {
      const key = randomUUID();
      expect((await funds(5001, withdraw(1, 'W-A'), key)).status).toBe(200);
      const reused = await funds(5001, withdraw(2, 'W-A'), key);
      expect(reused.status).toBe(422);
      expect(reused.body.type).toMatch(/idempotency-key-mismatch$|idempotency/);
      expect(await stack.upstreamCalls(FUNDS_ROUTE)).toBe(1);
    });

    it('answers 409 to a concurrent duplicate while the first is still at Migo', async () => {
      await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'POST', path: '/cards/*/funds', latencyMs: 500, times: 1 } });
      const key = randomUUID();
      const body = withdraw(5);
      const first = funds(5001, body, key);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const duplicate = await funds(5001, body, key);
      expect(duplicate.status).toBe(409);
      expect(duplicate.headers.get('retry-after')).toBe('1');
      expect((await first).status).toBe(200);
      expect(await stack.upstreamCalls(FUNDS_ROUTE)).toBe(1);
      expect((await funds(5001, body, key)).headers.get('idempotent-replayed')).toBe('true');
    });

    it('replays Migo\'s refusal (409 / 7303) for a key whose first attempt was refused', async () => {
      const key = randomUUID();
      const body = withdraw(300.01);
      const refused = await stack.bff.call('POST', '/v1/wallet/cards/5002/funds', { body, headers: { 'idempotency-key': key } });
      expect(refused.status).toBe(409);
      expect(refused.body.upstream).toMatchObject({ service: 'wallet', status: 409, code: '7303' });
      await funds(5002, deposit(100)); // the card could now pay, but the key's outcome is settled
      const replayed = await stack.bff.call('POST', '/v1/wallet/cards/5002/funds', { body, headers: { 'idempotency-key': key } });
      expect(replayed.status).toBe(409);
      expect(replayed.headers.get('idempotent-replayed')).toBe('true');
      expect(replayed.body.upstream.code).toBe('7303');
      expect(await stack.upstreamCalls(FUNDS_ROUTE)).toBe(2);
    });

    it('keeps the key free when the BFF refused the request itself', async () => {
      const key = randomUUID();
      expect((await funds(5001, { ...withdraw(1), amount: 1.00001 }, key)).status).toBe(400);
      expect((await funds(5001, withdraw(1), key)).status).toBe(200);
    });
  });

  it('makes every other money route idempotent too', async () => {
    const cases: Array<[string, string, unknown, string]> = [
      ['PUT', '/v1/wallet/cards/5001/funds', { amount: 3, operation: 'ADD_FUNDS', reference: 'ADJ-9' }, 'PUT /rest/cards/:cardId/funds'],
      ['POST', '/v1/wallet/cards/transfer', { fromCardId: 5001, toCardId: 5002, amount: 7 }, 'POST /rest/cards/transfer'],
      ['POST', '/v1/wallet/terminal-payment', { subtotal: 12, externalTerminalId: 'TRM-EXT-001' }, 'POST /rest/terminal-payment'],
      ['PATCH', '/v1/wallet/terminal-payment/1', { status: 'refunded' }, 'PATCH /rest/terminal-payment/:id'],
    ];
    for (const [method, path, body, route] of cases) {
      const key = randomUUID();
      const first = await stack.bff.call(method, path, { body, headers: { 'idempotency-key': key } });
      const second = await stack.bff.call(method, path, { body, headers: { 'idempotency-key': key } });
      expect([path, first.status < 300]).toEqual([path, true]);
      expect(second.status).toBe(first.status);
      expect(second.body).toEqual(first.body);
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect([route, await stack.upstreamCalls(route)]).toEqual([route, 1]);
    }
    expect((await stack.bff.call('GET', '/v1/wallet/cards/5002')).body.balance).toBe(307);
  });

  it('never overdraws a card under 50 concurrent withdrawals', async () => {
    expect((await funds(5101, deposit(345.5))).body.balance).toBe(345.5);
    const results = await Promise.all(Array.from({ length: 50 }, () => funds(5101, withdraw(10), randomUUID())));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(34);
    const refused = results.filter((r) => r.status === 409);
    expect(refused).toHaveLength(16);
    for (const r of refused) expect(r.body.upstream).toMatchObject({ status: 409, code: '7303' });
    expect((await stack.bff.call('GET', '/v1/wallet/cards/5101')).body.balance).toBe(5.5);
    expect(await stack.upstreamCalls(FUNDS_ROUTE)).toBe(51);
  });
});
