import { ProblemError } from '#common';
import { CARD_TRANSFER, FUNDS_ADJUSTMENT, FUNDS_OPERATION, fundsAnswerOf, monthsOf } from './write-references.js';

const REF = 'bff_0123456789abcdef01234567';

describe('Wallet keyed writes: where the reference goes', () => {
  it('appends it to a transfer’s observations, or makes it the observations', () => {
    const withText: Record<string, unknown> = { fromCardId: 5001, toCardId: 5002, amount: 1, observations: 'Renta' };
    CARD_TRANSFER.stamp(withText, REF);
    expect(withText.observations).toBe(`Renta [${REF}]`);
    const without: Record<string, unknown> = { fromCardId: 5001, toCardId: 5002, amount: 1 };
    CARD_TRANSFER.stamp(without, REF);
    expect(without.observations).toBe(`[${REF}]`);
    expect(CARD_TRANSFER.hints({ body: without, params: {} })).toEqual({ cardId: 5001 });
  });

  it('refuses observations that leave no room (400 naming the field), and leaves bodies validation will refuse alone', () => {
    const long = { observations: 'x'.repeat(225) };
    expect(() => CARD_TRANSFER.stamp(long, REF)).toThrow(ProblemError);
    const fits = { observations: 'x'.repeat(224) };
    CARD_TRANSFER.stamp(fits, REF);
    expect(fits.observations).toHaveLength(255);
    const wrongType = { observations: 42 };
    CARD_TRANSFER.stamp(wrongType, REF);
    expect(wrongType.observations).toBe(42);
    expect(() => CARD_TRANSFER.stamp('not an object', REF)).not.toThrow();
    expect(CARD_TRANSFER.hints({ body: { fromCardId: '5e3' }, params: {} })).toBeUndefined();
  });

  it('puts it in a funds operation’s customKeys (the caller’s reference stays theirs), an adjustment’s observations', () => {
    const operation: Record<string, unknown> = { reference: 'TOPUP-1', customKeys: { order: 7 } };
    FUNDS_OPERATION.stamp(operation, REF);
    expect(operation).toEqual({ reference: 'TOPUP-1', customKeys: { order: 7, bffReference: REF } });
    const bare: Record<string, unknown> = { reference: 'TOPUP-2' };
    FUNDS_OPERATION.stamp(bare, REF);
    expect(bare.customKeys).toEqual({ bffReference: REF });
    const adjustment: Record<string, unknown> = { reference: 'ADJ-1' };
    FUNDS_ADJUSTMENT.stamp(adjustment, REF);
    expect(adjustment.observations).toBe(`[${REF}]`);
    expect(FUNDS_OPERATION.hints({ body: bare, params: { cardId: '5005' } })).toEqual({ cardId: 5005 });
  });

  it('looks a write up in every month its window touches, and rebuilds the funds answer from a feed movement', () => {
    expect(monthsOf({ from: Date.UTC(2026, 11, 31, 23), to: Date.UTC(2027, 0, 1, 1) })).toEqual([
      { month: 12, year: 2026 },
      { month: 1, year: 2027 },
    ]);
    expect(monthsOf({ from: Date.UTC(2026, 2, 3), to: Date.UTC(2026, 2, 4) })).toEqual([{ month: 3, year: 2026 }]);
    const movement = { id: 9, cardId: 5005, type: 'ADD_FUNDS', direction: 'credit', amount: 2, currency: 'GTQ', balanceAfter: 10002, status: 'approved', reference: 'R', description: null, channel: 'WEB', transferId: null, counterpartCardId: null, customKeys: { bffReference: REF }, createdAt: '2026-03-03T00:00:00.000Z' };
    expect(fundsAnswerOf(movement)).toEqual({ movementId: 9, cardId: 5005, operation: 'ADD_FUNDS', amount: 2, balance: 10002, currency: 'GTQ', reference: 'R', description: null, channel: 'WEB', customKeys: { bffReference: REF }, status: 'approved', createdAt: '2026-03-03T00:00:00.000Z' });
  });
});
