import { useSimulatorWalletSession } from '#test-support';
import { createApm, createLink, mwHeaders } from '../../middleware/testing/mw-test-kit.js';
import { cutoffFor } from './settlement-calendar.js';

const UNITS = 10_000;
const sumUnits = (amounts: number[]) => amounts.reduce((sum, amount) => sum + Math.round(amount * UNITS), 0) / UNITS;
const cutoffOf = (capturedAt: string) => cutoffFor(Date.parse(capturedAt));

describe('Wallet Gateway settlements (simulator)', () => {
  const session = useSimulatorWalletSession();
  const { api, sim } = session;
  const today = () => new Date().toISOString().slice(0, 10);
  const clockTo = (to: number) => sim.call('POST', '/__sim/settlements/clock', { body: { to: new Date(to).toISOString() } });

  async function approvedLink(overrides: Record<string, unknown>) {
    const { body } = await createLink(sim, overrides);
    const outcome = await sim.call('POST', `/__sim/middleware/transactions/${body.uid}/outcome`, { body: { status: 'approved' } });
    return outcome.body.transaction as { uid: string; paidAt: string; processor: string };
  }

  /** Captures acme payments in two currencies on all three sources, plus one of globex and a few that must not settle. */
  async function captureMix() {
    const gtq = await approvedLink({ amount: 10.1 });
    const usd = await approvedLink({ amount: 20.2, currency: 'USD' });
    const refunded = await approvedLink({ amount: 30.3 });
    await sim.call('POST', '/mw/refund', { body: { transactionUid: refunded.uid, processor: refunded.processor, amount: 0.3 }, headers: mwHeaders(sim).jwt });
    const reverted = await approvedLink({ amount: 40 });
    await sim.call('POST', '/mw/revert', { body: { transactionUid: reverted.uid, processor: reverted.processor }, headers: mwHeaders(sim).jwt });
    const globex = await approvedLink({ amount: 5, client: 'globex' });
    await createLink(sim, { amount: 9 }); // never paid
    const apmUid: string = (await createApm(sim, { amount: 3.33 })).body.data.uid;
    await sim.call('POST', `/__sim/middleware/transactions/${apmUid}/outcome`, { body: { status: 'approved' } });
    const terminal = (await api('POST', '/terminal-payment', { subtotal: 7.77, deviceId: 'device-abc123' })).body.data;
    await api('PATCH', `/terminal-payment/${terminal.id}`, { status: 'approved', totalAmount: 7.77 });
    return { gtq, usd, refunded, reverted, globex, apmUid, terminalId: String(terminal.id) };
  }

  async function settlementHolding(partnerId: string, reference: string) {
    const list = await api('GET', `/settlements?partnerId=${partnerId}&includeItems=true&limit=100`);
    expect(list.status).toBe(200);
    return list.body.data.items.find((s: { items: Array<{ reference: string }> }) => s.items.some((i) => i.reference === reference));
  }

  it('settles a partner\'s captured payments at the cutoff: totals per currency are the sums of the items, refunds netted, reverts left out', async () => {
    const mix = await captureMix();
    const before = await settlementHolding('acme', mix.gtq.uid);
    expect(before).toBeUndefined(); // nothing settles before the cutoff
    await clockTo(cutoffOf(mix.gtq.paidAt) + 60_000);

    const found = await settlementHolding('acme', mix.gtq.uid);
    const detail = await api('GET', `/settlements/${found.settlementId}`);
    expect(detail.status).toBe(200);
    const settlement = detail.body.data;
    expect(settlement).toMatchObject({ partnerId: 'acme', status: 'pending', businessDate: new Date(cutoffOf(mix.gtq.paidAt)).toISOString().slice(0, 10) });
    const byRef = Object.fromEntries(settlement.items.map((i: { reference: string }) => [i.reference, i]));
    expect(byRef[mix.gtq.uid]).toMatchObject({ source: 'payment-link', amount: 10.1, currency: 'GTQ' });
    expect(byRef[mix.usd.uid]).toMatchObject({ source: 'payment-link', amount: 20.2, currency: 'USD' });
    expect(byRef[mix.refunded.uid]).toMatchObject({ amount: 30 });
    expect(byRef[mix.apmUid]).toMatchObject({ source: 'alternative-payment', amount: 3.33 });
    expect(byRef[mix.terminalId]).toMatchObject({ source: 'terminal', amount: 7.77, currency: 'GTQ' });
    expect(byRef[mix.reverted.uid]).toBeUndefined();
    expect(byRef[mix.globex.uid]).toBeUndefined();
    for (const total of settlement.totals) {
      const items = settlement.items.filter((i: { currency: string }) => i.currency === total.currency);
      expect(total).toEqual({ currency: total.currency, amount: sumUnits(items.map((i: { amount: number }) => i.amount)), itemCount: items.length });
    }
    expect(settlement.totals.map((t: { currency: string }) => t.currency).sort()).toEqual(['GTQ', 'USD']);
    expect(settlement.itemCount).toBe(settlement.items.length);
    expect((await settlementHolding('globex', mix.globex.uid)).partnerId).toBe('globex');
  });

  it('moves a settlement pending → settled → paid as the clock reaches its settlement and payout days', async () => {
    const link = await approvedLink({ amount: 12 });
    await clockTo(cutoffOf(link.paidAt) + 60_000);
    const { settlementId, settledOn, paidOn } = await settlementHolding('acme', link.uid);
    const status = async () => (await api('GET', `/settlements/${settlementId}`)).body.data.status;
    expect(await status()).toBe('pending');
    expect((await api('GET', `/settlements?partnerId=acme&status=pending`)).body.data.items.map((s: { settlementId: string }) => s.settlementId)).toContain(settlementId);
    await clockTo(Date.parse(`${settledOn}T00:00:00Z`));
    expect(await status()).toBe('settled');
    await clockTo(Date.parse(`${paidOn}T00:00:00Z`));
    expect(await status()).toBe('paid');
    expect(new Date(Date.parse(`${settledOn}T00:00:00Z`)).getUTCDay()).not.toBe(0);
    expect([0, 6]).not.toContain(new Date(Date.parse(`${paidOn}T00:00:00Z`)).getUTCDay());
    const backwards = await clockTo(Date.now() - 86_400_000);
    expect(backwards.status).toBe(400);
  });

  it('filters by business date range and pages; refuses bad ranges and answers 404 / 7700 for an unknown settlement', async () => {
    const seeded = await api('GET', '/settlements?partnerId=acme&limit=2&page=1');
    expect(seeded.body.data).toMatchObject({ page: 1, limit: 2 });
    expect(seeded.body.data.total).toBeGreaterThan(2); // seeded links and terminal payments of past days
    expect(seeded.body.data.items).toHaveLength(2);
    expect(seeded.body.data.items[0].items).toBeUndefined();
    const oneDay = seeded.body.data.items[0].businessDate;
    const ranged = await api('GET', `/settlements?partnerId=acme&from=${oneDay}&to=${oneDay}`);
    expect(ranged.body.data.items.every((s: { businessDate: string }) => s.businessDate === oneDay)).toBe(true);
    expect((await api('GET', `/settlements?from=${today()}&to=2020-01-01`)).body.errors[0].code).toBe('7000');
    expect((await api('GET', '/settlements?from=2026-02-30')).status).toBe(400);
    const unknown = await api('GET', '/settlements/stl_nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].code).toBe('7700');
  });

  it('lists a Middleware client\'s captured payments by capture date (merchant token), the same net amounts the settlement pays', async () => {
    const mix = await captureMix();
    const listed = await sim.call('GET', `/mw/payments?client=acme&from=${today()}&to=${today()}`, { headers: mwHeaders(sim).merchant });
    expect(listed.status).toBe(200);
    const uids = listed.body.map((p: { uid: string }) => p.uid);
    expect(uids).toEqual(expect.arrayContaining([mix.gtq.uid, mix.usd.uid, mix.refunded.uid, mix.apmUid]));
    expect(uids).not.toContain(mix.reverted.uid);
    expect(uids).not.toContain(mix.globex.uid);
    expect(listed.body.find((p: { uid: string }) => p.uid === mix.refunded.uid)).toMatchObject({ source: 'payment-link', client: 'acme', amount: 30, currency: 'GTQ' });
    expect((await sim.call('GET', `/mw/payments?client=acme&from=${today()}&to=${today()}`)).status).toBe(401);
    expect((await sim.call('GET', `/mw/payments?client=nope&from=${today()}&to=${today()}`, { headers: mwHeaders(sim).merchant })).status).toBe(404);
  });
});
