/** A captured payment as the assumed `GET /payments?client=&from=&to=` lists it (docs/upstream-assumptions.md, "Settlements"). */
export interface CapturedPayment {
  source: 'payment-link' | 'alternative-payment' | string;
  uid: string;
  client: string;
  /** Net of the refunds made so far. */
  amount: number;
  currency: string;
  capturedAt: string;
}

/** UTC dates `YYYY-MM-DD`, inclusive. */
export interface CapturedPaymentsQuery {
  client: string;
  from: string;
  to: string;
}
