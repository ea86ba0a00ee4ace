/**
 * Middleware (`migo-api`) shapes, as Migo (and the simulator) answer them, already unwrapped from their envelope.
 * Unknown fields pass through untouched; enum-like strings stay open (`| string`) because Migo may add values.
 */

// ── payment links (merchant token) ───────────────────────────────────
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
}

// ── revert / refund (middleware JWT) ─────────────────────────────────
export interface RevertRequest {
  transactionUid: string;
  processor: string;
}

export interface RefundRequest extends RevertRequest {
  /** Part of the amount; everything still refundable when omitted. */
  amount?: number;
}

// ── alternative payments (merchant token) ────────────────────────────
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

// ── plans (middleware JWT) ───────────────────────────────────────────
export type PlanType = 'interval' | 'fixedDay' | 'anniversary' | 'automatic' | string;

export interface PlanFrequency {
  frequency: number;
  day?: number;
  shortDescription?: string;
  longDescription?: string;
}

export interface PlanSettings {
  type?: PlanType;
  methods?: string[];
  installments?: number[];
  autoRenewal?: boolean;
  dailyAttempts?: number;
  daysNotifyExpiringCard?: number;
}

export interface PlanFields extends PlanSettings {
  name: string;
  amount: number;
  currency: string;
  frequency: PlanFrequency;
}

export interface NewPlan {
  plan: PlanFields;
  client: string;
}

export interface PlanUpdate {
  planUid: string;
  plan: Partial<PlanFields>;
  client: string;
}

export interface Plan extends Required<PlanSettings> {
  planUid: string;
  client: string;
  name: string;
  amount: number;
  currency: string;
  frequency: PlanFrequency;
  createdAt: string;
  updatedAt: string;
}

// ── subscriptions (middleware JWT) ───────────────────────────────────
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

// ── charges (middleware JWT) ─────────────────────────────────────────
export interface ChargeRequestRow {
  subscriptionId: string;
  amount: number;
  metadata?: unknown;
}

export interface ChargeBatchRequest {
  client: string;
  data: ChargeRequestRow[];
}

export interface ChargeBatchAccepted {
  clientId: string;
  batchId: string;
  totals: { received?: number; accepted?: number; rejected?: number; [key: string]: unknown };
  /** Up to 10 rows refused up front; `index` is the 0-based position in `data`. */
  errorsSample: Array<{ index?: number; subscriptionId?: string; message: string; [key: string]: unknown }>;
}

export interface ChargesCsvUpload {
  clientId: string;
  bytes: Buffer;
  filename: string;
}

/** `trackingId` is at the top level of Migo's answer (no `data`); the envelope parser lifts it out. */
export interface ChargesCsvAccepted {
  trackingId: string;
}

export interface PaymentHistoryQuery {
  subscriptionId: string;
}

/** Where a charge came from (the simulator's addition: it is how a batch or CSV row is matched to its outcome). */
export interface ChargeSource {
  type: 'scheduled' | 'on-demand' | 'csv' | string;
  batchId?: string;
  trackingId?: string;
  row?: number;
}

export interface PaymentHistoryEntry {
  uid: string;
  subscriptionId: string;
  amount: number;
  currency: string;
  status: 'approved' | 'denied' | string;
  reason?: string;
  createdAt: string;
  source?: ChargeSource;
  metadata?: unknown;
}
