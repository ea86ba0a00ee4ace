import Type from 'typebox';

/** Migration gateway shapes (all assumed: Migo documents no path or shape, see docs/upstream-assumptions.md). */

export interface TransactionSearchQuery {
  uid?: string;
  reference?: string;
  externalId?: string;
  client?: string;
  /** Matched case-insensitively by Migo (payment links are lower-case, alternative payments upper-case). */
  status?: string;
  /** Inclusive ISO 8601 bounds on `createdAt`. */
  from?: string;
  to?: string;
  page?: number;
  limit?: number;
}

export const MigratedTransaction = Type.Object(
  {
    uid: Type.String(),
    kind: Type.String({ description: 'payment-link | alternative-payment (open)' }),
    reference: Type.Optional(Type.String({ description: 'Payment links only' })),
    client: Type.String(),
    userId: Type.String(),
    amount: Type.Number(),
    currency: Type.String(),
    status: Type.String({ description: 'The transaction’s own status: lower-case for payment links, upper-case for alternative payments' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'MigratedTransaction', additionalProperties: true },
);
export type MigratedTransaction = Type.Static<typeof MigratedTransaction>;

export const TransactionSearchPage = Type.Object(
  { items: Type.Array(MigratedTransaction), total: Type.Integer(), page: Type.Integer(), limit: Type.Integer() },
  { title: 'MigrationTransactionSearchPage', additionalProperties: true },
);
export type TransactionSearchPage = Type.Static<typeof TransactionSearchPage>;

export const MigrationHealth = Type.Object(
  {
    status: Type.String(),
    uptimeSeconds: Type.Optional(Type.Number()),
    checks: Type.Optional(Type.Record(Type.String(), Type.String())),
  },
  { title: 'MigrationHealth', additionalProperties: true },
);
export type MigrationHealth = Type.Static<typeof MigrationHealth>;
