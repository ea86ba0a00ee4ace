import Type from 'typebox';

/** A captured payment as the assumed `GET /payments?client=&from=&to=` lists it (docs/upstream-assumptions.md, "Settlements"). */
export const CapturedPayment = Type.Object(
  {
    source: Type.String({ description: 'payment-link | alternative-payment (open)' }),
    uid: Type.String(),
    client: Type.String(),
    amount: Type.Number({ description: 'Net of the refunds made so far' }),
    currency: Type.String(),
    capturedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'CapturedPayment', additionalProperties: true },
);
export type CapturedPayment = Type.Static<typeof CapturedPayment>;

/** UTC dates `YYYY-MM-DD`, inclusive. */
export interface CapturedPaymentsQuery {
  client: string;
  from: string;
  to: string;
}
