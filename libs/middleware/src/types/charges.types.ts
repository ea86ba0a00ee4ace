import Type from 'typebox';

export interface ChargeRequestRow {
  subscriptionId: string;
  amount: number;
  metadata?: unknown;
}

export interface ChargeBatchRequest {
  client: string;
  data: ChargeRequestRow[];
}

export const ChargeBatchAccepted = Type.Object(
  {
    clientId: Type.String(),
    batchId: Type.String(),
    totals: Type.Object(
      { received: Type.Optional(Type.Integer()), accepted: Type.Optional(Type.Integer()), rejected: Type.Optional(Type.Integer()) },
      { additionalProperties: true },
    ),
    errorsSample: Type.Array(
      Type.Object(
        {
          index: Type.Optional(Type.Integer({ description: '0-based position in the request’s `data`' })),
          subscriptionId: Type.Optional(Type.String()),
          message: Type.String(),
        },
        { additionalProperties: true },
      ),
      { description: 'Up to 10 rows refused up front' },
    ),
  },
  { title: 'ChargeBatchAccepted', additionalProperties: true },
);
export type ChargeBatchAccepted = Type.Static<typeof ChargeBatchAccepted>;

/**
 * A keyed batch as the BFF answers it: Migo's answer, or, when an unknown outcome was found at Migo by its reference
 * (write-references.ts), `batchId` null unless the payment history names it and `totals` / `errorsSample` empty.
 */
export const ChargeBatchFound = Type.Interface([Type.Omit(ChargeBatchAccepted, ['batchId'])], { batchId: Type.Union([Type.String(), Type.Null()]) }, { title: 'ChargeBatchAnswer', additionalProperties: true });
export type ChargeBatchFound = Type.Static<typeof ChargeBatchFound>;

export interface ChargesCsvUpload {
  clientId: string;
  bytes: Buffer;
  filename: string;
}

/** `trackingId` is at the top level of Migo's answer (no `data`); the envelope parser lifts it out. */
export const ChargesCsvAccepted = Type.Object({ trackingId: Type.String() }, { title: 'ChargesCsvAccepted', additionalProperties: true });
export type ChargesCsvAccepted = Type.Static<typeof ChargesCsvAccepted>;

export interface PaymentHistoryQuery {
  subscriptionId: string;
}

/** Where a charge came from (the simulator's addition: it is how a batch or CSV row is matched to its outcome). */
export const ChargeSource = Type.Object(
  {
    type: Type.String({ description: 'scheduled | on-demand | csv (open)' }),
    batchId: Type.Optional(Type.String()),
    trackingId: Type.Optional(Type.String()),
    row: Type.Optional(Type.Integer()),
  },
  { title: 'ChargeSource', additionalProperties: true },
);
export type ChargeSource = Type.Static<typeof ChargeSource>;

export const PaymentHistoryEntry = Type.Object(
  {
    uid: Type.String(),
    subscriptionId: Type.String(),
    amount: Type.Number(),
    currency: Type.String(),
    status: Type.String({ description: 'approved | denied (open: Migo may add values)' }),
    reason: Type.Optional(Type.String({ description: 'Why a charge was denied: subscription_inactive | insufficient_funds | card_declined (open)' })),
    createdAt: Type.String({ format: 'date-time' }),
    source: Type.Optional(ChargeSource),
    metadata: Type.Optional(Type.Unknown()),
  },
  { title: 'PaymentHistoryEntry', additionalProperties: true },
);
export type PaymentHistoryEntry = Type.Static<typeof PaymentHistoryEntry>;

export const PaymentHistory = Type.Array(PaymentHistoryEntry, { title: 'PaymentHistory', description: 'A subscription’s charges, newest first' });
export type PaymentHistory = Type.Static<typeof PaymentHistory>;
