export type SubscriptionStatus = 'active' | 'cancelled' | 'expired' | 'inactive' | string;

export interface Subscription {
  subUid: string;
  planUid: string;
  client: string;
  userId: string;
  status: SubscriptionStatus;
  currency: string;
  amount: number;
  nextRenewalDate: string | null;
  notificationEmail: string | null;
  paymentMethods: Array<{ id: string; last4: string; brand: string; isDefault: boolean }>;
  createdAt: string;
}

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

export interface CardVerification {
  verified: boolean;
  card: { cardId: string; last4: string; brand: string };
  subscription?: Subscription;
}

export interface NewPaymentMethod {
  tokenizeData: { userId: string; clientId: string; processorId: string; cardId: string; alias?: string };
}

export interface PaymentMethod {
  id: string;
  cardId: string;
  userId: string;
  clientId: string;
  processorId: string;
  alias: string;
  last4: string;
  brand: string;
  createdAt: string;
}

export interface PaymentMethodRemoval {
  userId: string;
  clientId: string;
  paymentMethodId: string;
}

export interface DefaultPaymentMethod {
  subUid: string;
  paymentMethodId: string;
}
