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
export interface PaymentLinkCreated {
  uid: string;
  reference: string;
  URL: string;
}

/** A payment link as `GET /transactions?client=&externalId=` lists it (assumed route): the lookup plus its `URL`. */
export type FoundPaymentLink = PaymentLink & { URL: string };

export type PaymentLinkStatus = 'created' | 'approved' | 'denied' | 'expired' | 'reverted' | 'refunded' | 'used' | 'authorized' | string;

export interface PaymentLink {
  uid: string;
  reference: string;
  externalId: string | null;
  client: string;
  userId: string;
  amount: number;
  currency: string;
  status: PaymentLinkStatus;
  processor: string | null;
  refundedAmount: number;
  createdAt: string;
  updatedAt: string;
  paidAt?: string;
  /** Why a `denied` payment was declined (assumed field): e.g. `card_declined`, `suspended_by_fraud_rule`. */
  declineCode?: string;
}
