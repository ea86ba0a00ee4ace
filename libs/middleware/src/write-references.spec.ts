import { CHARGE_BATCH, PAYMENT_LINK } from './write-references.js';

const REF = 'bff_0123456789abcdef01234567';

describe('Middleware keyed writes: where the reference goes', () => {
  it('makes it a payment link’s externalId unless the app sent its own, which is then what finds the link', () => {
    const bare: Record<string, unknown> = { client: 'acme', amount: 5 };
    PAYMENT_LINK.stamp(bare, REF);
    expect(PAYMENT_LINK.hints({ body: bare, params: {} })).toEqual({ client: 'acme', externalId: REF });
    const own: Record<string, unknown> = { client: 'acme', amount: 5, externalId: 'ORD-7' };
    PAYMENT_LINK.stamp(own, REF);
    expect(PAYMENT_LINK.hints({ body: own, params: {} })).toEqual({ client: 'acme', externalId: 'ORD-7' });
  });

  it('puts it in each charge row’s object metadata, leaves other metadata as sent, and remembers which rows carry it', () => {
    const body = { client: 'acme', data: [{ subscriptionId: 'sub_A', amount: 1 }, { subscriptionId: 'sub_B', amount: 2, metadata: { order: 3 } }, { subscriptionId: 'sub_C', amount: 3, metadata: 'as text' }] };
    CHARGE_BATCH.stamp(body, REF);
    expect(body.data.map((row) => row.metadata)).toEqual([{ bffReference: REF }, { order: 3, bffReference: REF }, 'as text']);
    expect(CHARGE_BATCH.hints({ body, params: {} })).toEqual({ client: 'acme', rows: [['sub_A', 1, 1], ['sub_B', 2, 1], ['sub_C', 3, 0]] });
    expect(CHARGE_BATCH.hints({ body: { client: 'acme', data: 'nope' }, params: {} })).toBeUndefined();
  });
});
