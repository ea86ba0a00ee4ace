import { fromUnits } from '../../core/money.js';
import type { PaymentMethod } from './cards-on-file.js';

/** Migo's four subscription states; there is no trialing, past_due or paused. */
export type SubscriptionStatus = 'active' | 'cancelled' | 'expired' | 'inactive';

export interface Subscription {
  subUid: string;
  planUid: string;
  client: string;
  userId: string;
  status: SubscriptionStatus;
  amountUnits: number;
  currency: string;
  nextRenewalDate: string | null;
  notificationEmail: string | null;
  defaultPaymentMethodId: string | null;
  /** The payment-link or APM transaction verify-card authorized against. */
  trxUid: string;
  /** Scheduled renewals denied in a row; at the plan's `dailyAttempts` the subscription becomes inactive. */
  failedAttempts: number;
  createdAt: string;
  updatedAt: string;
}

export function subscriptionView(sub: Subscription, methods: PaymentMethod[]) {
  return {
    subUid: sub.subUid,
    planUid: sub.planUid,
    client: sub.client,
    userId: sub.userId,
    status: sub.status,
    currency: sub.currency,
    amount: fromUnits(sub.amountUnits),
    nextRenewalDate: sub.nextRenewalDate,
    notificationEmail: sub.notificationEmail,
    paymentMethods: methods.map((m) => ({ id: m.id, last4: m.last4, brand: m.brand, isDefault: m.id === sub.defaultPaymentMethodId })),
    createdAt: sub.createdAt,
  };
}
