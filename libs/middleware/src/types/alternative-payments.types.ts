export interface NewAlternativePayment {
  amount: number;
  channel: string;
  client: string;
  userId: string;
  customKeys?: Record<string, unknown>;
}

export interface AlternativePaymentCreated {
  uid: string;
  paymentMethods: string[];
  /** Seconds left before an unpaid transaction expires. */
  expireAt: number;
}

export type AlternativePaymentStatus = 'CREATED' | 'USED' | 'IN_PROGRESS' | 'APPROVED' | 'DENIED' | 'EXPIRED' | 'DISMISSED' | 'CANCELLED' | string;

export interface AlternativePayment {
  uid: string;
  client: string;
  userId: string;
  amount: number;
  currency: string;
  status: AlternativePaymentStatus;
  processor: string | null;
  paymentMethods: string[];
  expireAt: number;
  createdAt: string;
  updatedAt: string;
}

/** Processor-specific metadata (`requiredFields`, `banks`, `note`…); null for rails that need nothing. */
export type PaymentIntents = Record<string, unknown> | null;

export interface AlternativePaymentRequest {
  processor: string;
  data: { user?: string; phoneNumber?: string; installments?: number };
}

export interface AlternativePaymentStarted {
  transaction_id: string;
  /** Discriminates `data`: url, qr, html, payButton, json (base64 is named by the docs too). */
  type: 'url' | 'qr' | 'html' | 'payButton' | 'json' | 'base64' | string;
  data: Record<string, unknown>;
  cancelAt: string | null;
}

/** Dismiss answers plain-text `OK` or, when the rail has a dedicated cancel hook, the cancelled transaction. */
export type AlternativePaymentDismissed = 'OK' | { message: string; transaction: { uid: string; status: AlternativePaymentStatus } };
