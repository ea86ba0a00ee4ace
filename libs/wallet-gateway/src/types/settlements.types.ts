import Type from 'typebox';
import { DateTime, named, OpenEnum } from '#common';

/**
 * Settlements (assumed: Migo lists "settlements" as a Wallet domain but documents no endpoint; see
 * docs/upstream-assumptions.md, "Settlements"). One settlement per partner and daily 23:30 UTC cutoff.
 */
export type SettlementStatus = 'pending' | 'settled' | 'paid';

export const SettlementItem = named(
  Type.Object(
    {
      source: OpenEnum(['terminal', 'payment-link', 'alternative-payment']),
      reference: Type.String({ description: "A payment-link or alternative-payment uid, or a terminal payment's id" }),
      amount: Type.Number(),
      currency: Type.String(),
      capturedAt: DateTime(),
    },
    { title: 'WalletSettlementItem', additionalProperties: true },
  ),
);
export type SettlementItem = Type.Static<typeof SettlementItem>;

export const SettlementTotal = named(
  Type.Object(
    { currency: Type.String(), amount: Type.Number({ description: "The exact sum of that currency's items" }), itemCount: Type.Integer() },
    { title: 'WalletSettlementTotal', additionalProperties: true },
  ),
);
export type SettlementTotal = Type.Static<typeof SettlementTotal>;

const BusinessDay = (description: string) => Type.String({ format: 'date', description });

export const Settlement = named(
  Type.Object(
    {
      settlementId: Type.String(),
      partnerId: Type.String(),
      businessDate: BusinessDay('The day of the cutoff that closed it (UTC)'),
      cutoffAt: DateTime(),
      settledOn: BusinessDay('The next business day after the cutoff'),
      paidOn: BusinessDay('One business day after settledOn'),
      status: OpenEnum(['pending', 'settled', 'paid']),
      totals: Type.Array(SettlementTotal, { description: 'One per currency' }),
      itemCount: Type.Integer(),
      items: Type.Optional(Type.Array(SettlementItem, { description: 'Always on the detail; on a list only with `includeItems=true`' })),
    },
    { title: 'WalletSettlement', additionalProperties: true },
  ),
);
export type Settlement = Type.Static<typeof Settlement>;

export interface SettlementQuery {
  partnerId?: string;
  from?: string;
  to?: string;
  status?: SettlementStatus;
  page?: number;
  limit?: number;
  includeItems?: boolean;
}

export const SettlementPage = named(
  Type.Object(
    { items: Type.Array(Settlement), total: Type.Integer(), page: Type.Integer(), limit: Type.Integer() },
    { title: 'WalletSettlementPage', additionalProperties: true },
  ),
);
export type SettlementPage = Type.Static<typeof SettlementPage>;
