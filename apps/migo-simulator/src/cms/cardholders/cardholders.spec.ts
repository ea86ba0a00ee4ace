import { useSimulator } from '#test-support';
import { Ledger } from '../../state/ledger.js';
import { CmsHeaders, freshOtp, OPERATORS, operatorHeaders } from '../testing/cms-test-kit.js';

const BASE = '/cms/rest/app/partners/acme/cardholders';

function newCardholder(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Rosa',
    lastName: 'Morales',
    address: 'Zona 4, Mixco',
    countryOfBirth: 'GT',
    dateOfBirth: '1994-06-18',
    maritalStatus: 'casado',
    gender: 'F',
    phoneNumber: '50255559999',
    email: 'rosa.morales@example.gt',
    documentType: 'DPI',
    documentNumber: '2345678909999',
    cardId: 5101,
    ...overrides,
  };
}

describe('CMS cardholders (simulator)', () => {
  const sim = useSimulator();
  let ops: CmsHeaders;
  beforeEach(async () => {
    ops = await operatorHeaders(sim, 'ops');
  });

  describe('list', () => {
    it('pages the partner’s cardholders, newest first by default', async () => {
      const { status, body } = await sim.call('GET', BASE, { headers: ops });
      expect(status).toBe(200);
      expect(body.data).toMatchObject({ total: 5, page: 1, limit: 10 });
      expect(body.data.items.map((c: { id: number }) => c.id)).toEqual([5, 4, 3, 2, 1]);
      expect(body.data.items[4]).toMatchObject({ id: 1, partnerId: 'acme', walletUserId: 101, email: 'maria.lopez@example.gt', status: 'active', cardIds: [5001, 5002] });
      const second = await sim.call('GET', `${BASE}?page=2&limit=2&sortBy=name&sortOrder=asc`, { headers: ops });
      expect(second.body.data.items.map((c: { name: string }) => c.name)).toEqual(['José', 'Lucía']);
    });

    it('searches e-mail, phone and document number, case-insensitively', async () => {
      const byEmail = await sim.call('GET', `${BASE}?searchText=JOSE.PEREZ`, { headers: ops });
      expect(byEmail.body.data.items.map((c: { id: number }) => c.id)).toEqual([2]);
      const byPhone = await sim.call('GET', `${BASE}?searchText=50255550104`, { headers: ops });
      expect(byPhone.body.data.items.map((c: { id: number }) => c.id)).toEqual([4]);
      const byDocument = await sim.call('GET', `${BASE}?searchText=900103`, { headers: ops });
      expect(byDocument.body.data.items.map((c: { id: number }) => c.id)).toEqual([3]);
      const byName = await sim.call('GET', `${BASE}?searchText=María`, { headers: ops });
      expect(byName.body.data.total).toBe(0);
    });

    it.each([['limit=101'], ['page=0'], ['sortBy=password'], ['sortOrder=up']])('refuses %s with 400 7000', async (query) => {
      const { status, body } = await sim.call('GET', `${BASE}?${query}`, { headers: ops });
      expect(status).toBe(400);
      expect(body.errors[0].code).toBe('7000');
    });
  });

  describe('create', () => {
    it('creates a Wallet user, assigns the inventory card and answers 201', async () => {
      const { status, body } = await sim.call('POST', BASE, { body: newCardholder(), headers: ops });
      expect(status).toBe(201);
      expect(body).toMatchObject({ success: true, message: 'Cardholder created' });
      expect(body.data).toMatchObject({ id: 9, partnerId: 'acme', documentNumber: '2345678909999', status: 'active', cardIds: [5101] });
      const ledger = sim.app.get(Ledger);
      expect(ledger.getUser(body.data.walletUserId)).toMatchObject({ email: 'rosa.morales@example.gt', partnerId: 'acme' });
      expect(ledger.getCard(5101).userId).toBe(body.data.walletUserId);
      const listed = await sim.call('GET', `${BASE}?searchText=rosa.morales`, { headers: ops });
      expect(listed.body.data.items[0].id).toBe(9);
    });

    it.each([
      ['an unknown marital status', { maritalStatus: 'complicated' }, 'maritalStatus'],
      ['an unknown gender', { gender: 'X' }, 'gender'],
      ['an unknown document type', { documentType: 'DNI' }, 'documentType'],
      ['a date in another format', { dateOfBirth: '18/06/1994' }, 'dateOfBirth'],
      ['an impossible date', { dateOfBirth: '1994-02-30' }, 'dateOfBirth'],
      ['a date in the future', { dateOfBirth: '2999-01-01' }, 'dateOfBirth'],
      ['an ISO-3 country', { countryOfBirth: 'GTM' }, 'countryOfBirth'],
      ['a non-numeric card id', { cardId: 'abc' }, 'cardId'],
      ['a missing field', { email: undefined }, 'email'],
    ])('refuses %s with 400 7000', async (_case, override, field) => {
      const { status, body } = await sim.call('POST', BASE, { body: newCardholder(override), headers: ops });
      expect(status).toBe(400);
      expect(body.errors[0].code).toBe('7000');
      expect(body.errors.map((e: { message: string }) => e.message).join(' ')).toContain(field);
      expect(sim.app.get(Ledger).getCard(5101).userId).toBeNull();
    });

    it('refuses a card of another partner (404 7200), an assigned card (409 7201) and a duplicate document (409 7505)', async () => {
      const foreign = await sim.call('POST', BASE, { body: newCardholder({ cardId: 5301 }), headers: ops });
      expect([foreign.status, foreign.body.errors[0].code]).toEqual([404, '7200']);
      const assigned = await sim.call('POST', BASE, { body: newCardholder({ cardId: 5001 }), headers: ops });
      expect([assigned.status, assigned.body.errors[0].code]).toEqual([409, '7201']);
      const duplicate = await sim.call('POST', BASE, { body: newCardholder({ documentNumber: '2345678900101' }), headers: ops });
      expect([duplicate.status, duplicate.body.errors[0].code]).toEqual([409, '7505']);
      expect(sim.app.get(Ledger).findUserByEmail('rosa.morales@example.gt')).toBeUndefined();
    });
  });

  describe('detail', () => {
    it('is a POST that returns the cards as the Ledger shows them, never a PAN', async () => {
      const { status, body } = await sim.call('POST', `${BASE}/1`, { headers: ops });
      expect(status).toBe(200);
      expect(body.data).toMatchObject({ id: 1, walletUserId: 101, cardIds: [5001, 5002] });
      expect(body.data.cards[0]).toMatchObject({ cardId: 5001, maskedPan: '************4401', status: 'active', currency: 'GTQ', balance: 1520.5 });
      expect(JSON.stringify(body)).not.toMatch(/\d{16}/);
    });

    it('answers 404 7501 for a cardholder of another partner', async () => {
      const { status, body } = await sim.call('POST', `${BASE}/6`, { headers: ops });
      expect([status, body.errors[0].code]).toEqual([404, '7501']);
    });

    it('needs an OTP from an operator subject to OTP elevation (the conditional OTP guard)', async () => {
      const supervisor = await operatorHeaders(sim, 'supervisor');
      const missing = await sim.call('POST', `${BASE}/1`, { headers: supervisor });
      expect([missing.status, missing.body.errors[0].code]).toEqual([403, '8006']);
      const otp = await freshOtp(sim, supervisor, OPERATORS.supervisor.email);
      const withOtp = await sim.call('POST', `${BASE}/1`, { body: { otp }, headers: supervisor });
      expect(withOtp.status).toBe(200);
      const reused = await sim.call('POST', `${BASE}/1`, { body: { otp }, headers: supervisor });
      expect([reused.status, reused.body.errors[0].code]).toEqual([403, '8007']);
    });
  });

  describe('close', () => {
    it('always needs an OTP, blocks the cards, and cannot be repeated', async () => {
      const missing = await sim.call('POST', `${BASE}/2/close`, { headers: ops });
      expect([missing.status, missing.body.errors[0].code]).toEqual([403, '8006']);
      const otp = await freshOtp(sim, ops, OPERATORS.ops.email);
      const closed = await sim.call('POST', `${BASE}/2/close`, { body: { otp }, headers: ops });
      expect(closed.status).toBe(200);
      expect(closed.body.data).toMatchObject({ id: 2, status: 'closed', cards: [expect.objectContaining({ cardId: 5003, status: 'blocked' })] });
      expect(sim.app.get(Ledger).getCard(5003).status).toBe('blocked');
      const again = await sim.call('POST', `${BASE}/2/close`, { body: { otp: await freshOtp(sim, ops, OPERATORS.ops.email) }, headers: ops });
      expect([again.status, again.body.errors[0].code]).toEqual([409, '7506']);
    });
  });
});
