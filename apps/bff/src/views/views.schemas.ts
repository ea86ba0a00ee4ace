import Type from 'typebox';
import { JobDto } from '#jobs';
import { DateTime, named, Nullable } from '#common';
import { Card, CardMovement, Settlement } from '#wallet-gateway';

/**
 * What every view says about itself (its partial-failure contract). The other top-level fields are optional in the
 * schemas because `?fields=a,b` keeps only those; without it, every field listed is present (null when its source
 * failed).
 */
const viewContract = {
  partial: Type.Boolean({ description: 'true when a source failed or ran out of time; its part of the view is null' }),
  sources: Type.Record(
    Type.String(),
    Type.Object(
      {
        status: Type.String({ description: 'ok | timeout | error | circuit-open' }),
        ms: Type.Number(),
        error: Type.Optional(Type.String()),
      },
      { additionalProperties: true },
    ),
    { description: 'What each source did and how long it took' },
  ),
};

/** Another surface's answer, passed on as that surface's route answers it (see the route named in the description). */
const Passed = (description: string) => Type.Object({}, { additionalProperties: true, description });


const CardWithMovements = Type.Object(
  { ...Card.properties, movements: Nullable(Type.Array(CardMovement, { description: "This month's movements, newest first; null when the feed could not be read in time" })) },
  { additionalProperties: true },
);
export type CardWithMovements = Type.Static<typeof CardWithMovements>;

export const CardholderView = named(
  Type.Object(
    {
      partnerId: Type.Optional(Type.String()),
      cardholderId: Type.Optional(Type.Integer()),
      month: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'The month of `movements` (UTC)' })),
      cardholder: Type.Optional(Passed('The CMS record (GET /v1/cms/partners/{partnerId}/cardholders/{cardholderId}) without its `cards`')),
      cards: Type.Optional(Nullable(Type.Array(CardWithMovements, { description: 'The Wallet cards with balances' }))),
      subscriptions: Type.Optional(Nullable(Type.Array(Passed('A Middleware subscription (GET /v1/middleware/v1/subscriptions)')))),
      ...viewContract,
    },
    { title: 'CardholderView', additionalProperties: true },
  ),
);
export type CardholderView = Type.Static<typeof CardholderView>;

export const PartnerOverviewView = named(
  Type.Object(
    {
      partnerId: Type.Optional(Type.String()),
      balance: Type.Optional(Nullable(Passed('GET /v1/cms/partners/{partnerId}/balance'))),
      pendingProcessRequests: Type.Optional(Nullable(Type.Array(Passed('A pending CMS process request')))),
      cardholderCount: Type.Optional(Nullable(Type.Integer())),
      jobs: Type.Optional(Nullable(Type.Object({ active: Type.Array(JobDto), recent: Type.Array(JobDto) }, { additionalProperties: true, description: "This app's jobs for the partner" }))),
      ...viewContract,
    },
    { title: 'PartnerOverviewView', additionalProperties: true },
  ),
);
export type PartnerOverviewView = Type.Static<typeof PartnerOverviewView>;

export const ViewPayment = Type.Object(
  {
    source: Type.String({ description: 'payment-link | alternative-payment (open)' }),
    uid: Type.String(),
    amount: Type.Number({ description: 'Once settled, what the settlement paid out' }),
    currency: Type.String(),
    capturedAt: DateTime(),
    status: Type.Union([Type.Literal('captured'), Type.Literal('settled'), Type.Literal('paid')]),
    settlementId: Nullable(Type.String()),
  },
  { additionalProperties: true },
);
export type ViewPayment = Type.Static<typeof ViewPayment>;

const StatusTotals = Type.Array(Type.Object({ currency: Type.String(), amount: Type.Number(), count: Type.Integer() }, { additionalProperties: true }));

export const PartnerSettlementsView = named(
  Type.Object(
    {
      partnerId: Type.Optional(Type.String()),
      from: Type.Optional(Type.String({ format: 'date' })),
      to: Type.Optional(Type.String({ format: 'date' })),
      settlements: Type.Optional(Type.Array(Settlement, { description: 'Without their items' })),
      payments: Type.Optional(Nullable(Type.Array(ViewPayment))),
      totals: Type.Optional(Nullable(Type.Object({ captured: StatusTotals, settled: StatusTotals, paid: StatusTotals }, { additionalProperties: true, description: 'Per status and currency' }))),
      ...viewContract,
    },
    { title: 'PartnerSettlementsView', additionalProperties: true },
  ),
);
export type PartnerSettlementsView = Type.Static<typeof PartnerSettlementsView>;

export const ActivityItem = Type.Object(
  { ...CardMovement.properties, runningTotal: Type.Number({ description: 'Net of all movements in the same currency up to and including this one, over the months shown' }) },
  { additionalProperties: true },
);
export type ActivityItem = Type.Static<typeof ActivityItem>;

export const CardActivityView = named(
  Type.Object(
    {
      cardId: Type.Optional(Type.Integer()),
      from: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}$' })),
      to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}$' })),
      items: Type.Optional(Type.Array(ActivityItem, { description: 'Newest first' })),
      totals: Type.Optional(Type.Record(Type.String(), Type.Object({ credits: Type.Number(), debits: Type.Number(), net: Type.Number(), count: Type.Integer() }, { additionalProperties: true }), { description: 'Per currency' })),
      ...viewContract,
    },
    { title: 'CardActivityView', additionalProperties: true },
  ),
);
export type CardActivityView = Type.Static<typeof CardActivityView>;
