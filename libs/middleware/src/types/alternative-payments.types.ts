import Type from 'typebox';

export interface NewAlternativePayment {
  amount: number;
  channel: string;
  client: string;
  userId: string;
  customKeys?: Record<string, unknown>;
}

const ExpireAt = Type.Integer({ description: 'Seconds left before an unpaid transaction expires (0 once past)' });

export const AlternativePaymentCreated = Type.Object(
  { uid: Type.String(), paymentMethods: Type.Array(Type.String()), expireAt: ExpireAt },
  { title: 'AlternativePaymentCreated', additionalProperties: true },
);
export type AlternativePaymentCreated = Type.Static<typeof AlternativePaymentCreated>;

export type AlternativePaymentStatus = 'CREATED' | 'USED' | 'IN_PROGRESS' | 'APPROVED' | 'DENIED' | 'EXPIRED' | 'DISMISSED' | 'CANCELLED' | string;

const STATUS = 'CREATED | USED | IN_PROGRESS | APPROVED | DENIED | EXPIRED | DISMISSED | CANCELLED (open: Migo may add values)';

export const AlternativePayment = Type.Object(
  {
    uid: Type.String(),
    client: Type.String(),
    userId: Type.String(),
    amount: Type.Number(),
    currency: Type.String(),
    status: Type.String({ description: STATUS }),
    processor: Type.Union([Type.String(), Type.Null()]),
    paymentMethods: Type.Array(Type.String()),
    expireAt: ExpireAt,
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'AlternativePayment', additionalProperties: true },
);
export type AlternativePayment = Type.Static<typeof AlternativePayment>;

/** Processor-specific metadata (`requiredFields`, `banks`, `note`…); null for rails that need nothing. */
export const PaymentIntents = Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], {
  title: 'AlternativePaymentIntents',
  description: 'What the rail needs before paying (`requiredFields`, `banks`, `note`…); null for rails that need nothing',
});
export type PaymentIntents = Type.Static<typeof PaymentIntents>;

export interface AlternativePaymentRequest {
  processor: string;
  data: { user?: string; phoneNumber?: string; installments?: number };
}

export const AlternativePaymentStarted = Type.Object(
  {
    transaction_id: Type.String(),
    type: Type.String({ description: 'Discriminates `data`: url | qr | html | payButton | json | base64 (open: Migo may add values)' }),
    data: Type.Record(Type.String(), Type.Unknown(), { description: 'The rail’s answer: `{url}`, `{qr}`, `{html}`, `{buttonUrl, installments}` or rail-specific JSON' }),
    cancelAt: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'AlternativePaymentStarted', additionalProperties: true },
);
export type AlternativePaymentStarted = Type.Static<typeof AlternativePaymentStarted>;

/** The JSON answer of a dismiss (Migo's, for rails with a dedicated cancel hook; the BFF's for its plain-text `OK`). */
export const AlternativePaymentDismissal = Type.Object(
  {
    message: Type.String(),
    transaction: Type.Object({ uid: Type.String(), status: Type.String({ description: STATUS }) }, { additionalProperties: true }),
  },
  { title: 'AlternativePaymentDismissal', additionalProperties: true },
);
export type AlternativePaymentDismissal = Type.Static<typeof AlternativePaymentDismissal>;

/** Dismiss answers plain-text `OK` or, when the rail has a dedicated cancel hook, the cancelled transaction. */
export type AlternativePaymentDismissed = 'OK' | AlternativePaymentDismissal;
