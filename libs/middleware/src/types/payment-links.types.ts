import Type from 'typebox';

export interface NewPaymentLink {
  amount: number;
  userId: string;
  channel: string;
  /** The Middleware client slug (the partner, see docs/upstream-assumptions.md). */
  client: string;
  currency?: string;
  externalId?: string;
  ads?: unknown[];
  createdBy?: string;
}

/** Browser-side variant: the same fields plus the key pair Migo issues for backend-less apps. */
export interface NewPaymentLinkWithKeys extends NewPaymentLink {
  privateKey: string;
  publicKey: string;
}

/** Raw answer of POST /transactions: no envelope, uppercase `URL`. */
export const PaymentLinkCreated = Type.Object(
  {
    uid: Type.String(),
    reference: Type.String(),
    URL: Type.String({ description: 'The hosted checkout page to send the customer to' }),
  },
  { title: 'MiddlewarePaymentLinkCreated', additionalProperties: true },
);
export type PaymentLinkCreated = Type.Static<typeof PaymentLinkCreated>;

export type PaymentLinkStatus = 'created' | 'approved' | 'denied' | 'expired' | 'reverted' | 'refunded' | 'used' | 'authorized' | string;

export const PaymentLink = Type.Object(
  {
    uid: Type.String(),
    reference: Type.String(),
    externalId: Type.Union([Type.String(), Type.Null()]),
    client: Type.String(),
    userId: Type.String(),
    amount: Type.Number(),
    currency: Type.String(),
    status: Type.String({ description: 'created | approved | denied | expired | reverted | refunded | used | authorized (open: Migo may add values)' }),
    processor: Type.Union([Type.String(), Type.Null()], { description: 'The card processor that charged the customer; null until paid' }),
    refundedAmount: Type.Number(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    paidAt: Type.Optional(Type.String({ format: 'date-time' })),
    declineCode: Type.Optional(Type.String({ description: 'Why a `denied` payment was declined (assumed field): e.g. `card_declined`, `suspended_by_fraud_rule`' })),
  },
  { title: 'MiddlewarePaymentLink', additionalProperties: true },
);
export type PaymentLink = Type.Static<typeof PaymentLink>;

/** A payment link as `GET /transactions?client=&externalId=` lists it (assumed route): the lookup plus its `URL`. */
export type FoundPaymentLink = PaymentLink & { URL: string };
