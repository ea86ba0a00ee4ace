import type { CapturedPayment } from '../../state/captured-payments.js';
import { SettlementBook, statusAt } from './settlement-book.js';
import { cutoffFor, nextBusinessDay } from './settlement-calendar.js';

const at = (iso: string) => Date.parse(iso);
let sequence = 0;
function payment(capturedAt: string, amountUnits: number, currency = 'GTQ', partnerId = 'acme'): CapturedPayment {
  sequence += 1;
  return { source: sequence % 2 ? 'payment-link' : 'terminal', reference: `p${sequence}`, partnerId, amountUnits, currency, capturedAt };
}

/** A deterministic pseudo-random sequence (no Math.random: a failure must replay). */
function* lcg(seed: number) {
  let state = seed;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    yield state;
  }
}

describe('settlement book (simulator settlement engine)', () => {
  it('totals per currency equal the sum of the items, over generated payments of several partners and currencies', () => {
    const random = lcg(16);
    const next = () => random.next().value as number;
    const currencies = ['GTQ', 'USD', 'EUR'];
    const partners = ['acme', 'globex', 'initech'];
    const payments = Array.from({ length: 400 }, () => {
      const capturedMs = at('2026-11-02T00:00:00Z') + (next() % (20 * 86_400_000));
      // Up to 4 decimals, including amounts whose float sum would drift (0.1 + 0.2).
      return payment(new Date(capturedMs).toISOString(), 1 + (next() % 5_000_000), currencies[next() % 3], partners[next() % 3]);
    });
    const book = new SettlementBook();
    book.run(payments, at('2026-11-30T12:00:00Z'));

    const settlements = book.all();
    expect(settlements.length).toBeGreaterThan(20);
    const settledItems = settlements.flatMap((s) => s.items.map((item) => `${s.partnerId}:${item.reference}`));
    expect(new Set(settledItems).size).toBe(payments.length); // every payment exactly once
    for (const settlement of settlements) {
      const expected = new Map<string, { sum: number; count: number }>();
      for (const item of settlement.items) {
        const entry = expected.get(item.currency) ?? { sum: 0, count: 0 };
        expected.set(item.currency, { sum: entry.sum + item.amountUnits, count: entry.count + 1 });
      }
      expect(Object.fromEntries(settlement.totals.map((t) => [t.currency, { sum: t.amountUnits, count: t.itemCount }]))).toEqual(Object.fromEntries(expected));
      for (const item of settlement.items) expect(Date.parse(item.capturedAt)).toBeLessThan(Date.parse(settlement.cutoffAt));
      expect(settlement.items.every((item) => payments.find((p) => p.reference === item.reference)!.partnerId === settlement.partnerId)).toBe(true);
    }
  });

  it('puts a payment captured at 23:29 UTC into that day\'s cutoff and one at 23:31 (or exactly 23:30) into the next day\'s', () => {
    const before = payment('2026-12-02T23:29:59.999Z', 10_000);
    const exactly = payment('2026-12-02T23:30:00.000Z', 20_000);
    const after = payment('2026-12-02T23:31:00.000Z', 30_000);
    const book = new SettlementBook();
    book.run([before, exactly, after], at('2026-12-03T23:30:00Z'));
    const byDate = Object.fromEntries(book.all().map((s) => [s.businessDate, s.items.map((i) => i.reference)]));
    expect(byDate).toEqual({ '2026-12-02': [before.reference], '2026-12-03': [exactly.reference, after.reference] });
    expect(cutoffFor(at('2026-12-02T23:29:00Z'))).toBe(at('2026-12-02T23:30:00Z'));
    expect(cutoffFor(at('2026-12-02T23:31:00Z'))).toBe(at('2026-12-03T23:30:00Z'));
  });

  it('does not settle before the cutoff has come', () => {
    const book = new SettlementBook();
    book.run([payment('2026-12-02T10:00:00Z', 10_000)], at('2026-12-02T23:29:59Z'));
    expect(book.all()).toEqual([]);
    book.run([], at('2026-12-02T23:30:00Z'));
    expect(book.all()).toEqual([]); // the book ran that cutoff with nothing given: the payment was not there
  });

  it('skips weekends: Thursday settles Friday (paid Monday), Friday to Sunday settle Monday (paid Tuesday)', () => {
    expect(nextBusinessDay('2026-12-03')).toBe('2026-12-04');
    expect(nextBusinessDay('2026-12-04')).toBe('2026-12-07');
    const captured = ['2026-12-03T12:00:00Z', '2026-12-04T12:00:00Z', '2026-12-05T12:00:00Z', '2026-12-06T12:00:00Z'].map((t) => payment(t, 5_000));
    const book = new SettlementBook();
    book.run(captured, at('2026-12-07T12:00:00Z'));
    const days = book.all().map((s) => [s.businessDate, s.settledOn, s.paidOn]);
    expect(days).toEqual([
      ['2026-12-03', '2026-12-04', '2026-12-07'],
      ['2026-12-04', '2026-12-07', '2026-12-08'],
      ['2026-12-05', '2026-12-07', '2026-12-08'],
      ['2026-12-06', '2026-12-07', '2026-12-08'],
    ]);
  });

  it('moves pending → settled → paid as the clock passes the settlement and payout days', () => {
    const book = new SettlementBook();
    book.run([payment('2026-12-04T09:00:00Z', 7_500)], at('2026-12-04T23:30:00Z'));
    const [friday] = book.all();
    expect(statusAt(friday, at('2026-12-04T23:30:00Z'))).toBe('pending');
    expect(statusAt(friday, at('2026-12-06T23:59:59Z'))).toBe('pending'); // the weekend is not a business day
    expect(statusAt(friday, at('2026-12-07T00:00:00Z'))).toBe('settled');
    expect(statusAt(friday, at('2026-12-08T00:00:00Z'))).toBe('paid');
  });

  it('never changes a settlement once made: a payment seen after its cutoff ran goes into the next cutoff', () => {
    const book = new SettlementBook();
    const first = payment('2026-12-02T08:00:00Z', 10_000);
    book.run([first], at('2026-12-03T00:00:00Z'));
    const [made] = book.all();
    const snapshot = structuredClone(made);
    const late = payment('2026-12-02T09:00:00Z', 99_999); // captured before the 2nd's cutoff, seen only now
    book.run([first, late], at('2026-12-03T23:30:00Z'));
    expect(book.get(made.settlementId)).toEqual(snapshot);
    const next = book.all().find((s) => s.businessDate === '2026-12-03')!;
    expect(next.items.map((i) => i.reference)).toEqual([late.reference]);
    book.run([first, late], at('2026-12-10T00:00:00Z'));
    expect(book.all()).toHaveLength(2); // running again settles nothing twice
  });
});
