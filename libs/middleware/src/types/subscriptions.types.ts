import Type from 'typebox';

export type SubscriptionStatus = 'active' | 'cancelled' | 'expired' | 'inactive' | string;

export const Subscription = Type.Object(
  {
    subUid: Type.String(),
    planUid: Type.String(),
    client: Type.String(),
    userId: Type.String(),
    status: Type.String({ description: 'active | cancelled | expired | inactive (open: Migo may add values)' }),
    currency: Type.String(),
    amount: Type.Number(),
    nextRenewalDate: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    notificationEmail: Type.Union([Type.String(), Type.Null()]),
    paymentMethods: Type.Array(
      Type.Object({ id: Type.String(), last4: Type.String(), brand: Type.String(), isDefault: Type.Boolean() }, { additionalProperties: true }),
    ),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'MiddlewareSubscription', additionalProperties: true },
);
export type Subscription = Type.Static<typeof Subscription>;

export const SubscriptionList = Type.Array(Subscription, { title: 'MiddlewareSubscriptionList' });
export type SubscriptionList = Type.Static<typeof SubscriptionList>;

export interface SubscriptionListQuery {
  userId: string;
  clientId: string;
}

export interface SubscriptionUpdate {
  subUid: string;
  notificationEmail: string;
}

/** Card data for verify-card: the card itself or a processor token with its last 4 digits. Never logged. */
export interface CardInfo {
  cardNumber?: string;
  token?: string;
  last4?: string;
  expirationMonth?: number;
  expirationYear?: number;
  cvv?: string;
  holderName?: string;
  brand?: string;
}

export interface CardVerificationRequest {
  /** A payment-link or alternative-payment transaction uid; it names the client and the user. */
  uid: string;
  processor: string;
  cardInfo: CardInfo;
  shouldCreateSubscription: boolean;
  planUid?: string;
  notificationEmail?: string;
}

export const CardVerification = Type.Object(
  {
    verified: Type.Boolean(),
    card: Type.Object({ cardId: Type.String(), last4: Type.String(), brand: Type.String() }, { additionalProperties: true }),
    subscription: Type.Optional(Subscription),
  },
  { title: 'CardVerification', additionalProperties: true },
);
export type CardVerification = Type.Static<typeof CardVerification>;

export interface NewPaymentMethod {
  tokenizeData: { userId: string; clientId: string; processorId: string; cardId: string; alias?: string };
}

export const PaymentMethod = Type.Object(
  {
    id: Type.String(),
    cardId: Type.String(),
    userId: Type.String(),
    clientId: Type.String(),
    processorId: Type.String(),
    alias: Type.String(),
    last4: Type.String(),
    brand: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'MiddlewarePaymentMethod', additionalProperties: true },
);
export type PaymentMethod = Type.Static<typeof PaymentMethod>;

export interface PaymentMethodRemoval {
  userId: string;
  clientId: string;
  paymentMethodId: string;
}

export interface DefaultPaymentMethod {
  subUid: string;
  paymentMethodId: string;
}
