/**
 * Wallet Gateway shapes, as Migo (and the simulator) answer them. Unknown fields pass through untouched; enums that
 * come back from Migo are open (`| string`) so a new value never breaks a client.
 */

export type Gender = 'F' | 'M' | 'OTHER';
export type MaritalStatus = 'soltero' | 'casado' | 'viudo' | 'divorciado' | 'separado';
export type WalletRole = 'admin' | 'cashier' | 'cardholder';
export type FundsOperation = 'ADD_FUNDS' | 'WITHDRAW_FUNDS';
/** Migo's CardTransfersStatus. */
export type TransferStatus = 'created' | 'approved' | 'processed' | 'denied' | 'reversed' | 'refunded' | 'cancelled' | 'in_progress' | 'liquidated';
export type TerminalType = 'tapToPhone' | 'pos' | 'mpos';

// ── users ────────────────────────────────────────────────────────────
/** `POST /users` with an invitation code (Migo's `ExternalUserRegistrationDto`). */
export interface InvitationRegistration {
  deviceId: string;
  invitationCode: string;
  /** An e-mail address. */
  username: string;
  password: string;
  confirmPassword: string;
  nit?: string;
  termsAndConditionsAccepted?: boolean;
}

/** `POST /users` without an invitation code (Migo's `CreateUserDto`). */
export interface DirectRegistration {
  firstName: string;
  lastName: string;
  address: string;
  countryOfBirth: string;
  placeOfBirth: string;
  gender: Gender;
  maritalStatus: MaritalStatus;
  phoneNumber: string;
  username: string;
  password: string;
  email?: string;
  dateOfBirth?: string;
}

export type UserRegistration = InvitationRegistration | DirectRegistration;

export interface WalletUser {
  userId: number;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  phoneNumber: string | null;
  partnerId: string | null;
  role: WalletRole | string;
  branchCode: string | null;
  status: 'active' | 'inactive' | string;
  profile: Record<string, unknown>;
  createdAt: string;
  /** Present when the invitation code was a lead's: the business, branch and terminal provisioned with the user. */
  business?: Business;
  terminal?: Terminal;
}

export interface InvitationCode {
  invitationCode: string;
  role: WalletRole | string;
  branchCode: string | null;
  createdAt: string;
}

export interface OtpSent {
  sent: boolean;
  expiresAt: string;
}

export interface OtpVerified {
  elevatedToken: string;
  expiresAt: string;
}

export interface PasswordReset {
  userId: number;
  passwordUpdatedAt: string;
}

export interface WalletPermission {
  permissionId: number;
  resource: string;
  action: string;
  description: string | null;
}

export interface PermissionGrant {
  roleId: number;
  permissionId: number;
  granted: boolean;
}

export interface UserPermissions {
  userId: number;
  permissions: Array<PermissionGrant & { resource: string; action: string; updatedAt: string }>;
}

// ── cards ────────────────────────────────────────────────────────────
export interface Card {
  cardId: number;
  userId: number | null;
  maskedPan: string;
  alias: string;
  status: 'inactive' | 'active' | 'blocked' | string;
  currency: string;
  balance: number;
  pinSet: boolean;
  type: string;
  createdAt: string;
}

export interface LinkedCard {
  associationId: number;
  cardId: number;
  maskedPan: string;
  alias: string;
  ownerName: string | null;
  currency: string;
  createdAt: string;
  updatedAt: string;
}

export interface LinkedCardRemoved {
  associationId: number;
  deleted: boolean;
}

export interface PinSet {
  cardId: number;
  authUserId?: number;
  pinSet: boolean;
  updatedAt: string;
}

// ── money ────────────────────────────────────────────────────────────
/** `FundsOperationDto` (`POST /cards/{cardId}/funds`). */
export interface FundsOperationRequest {
  amount: number;
  operation: FundsOperation;
  channel: string;
  reference: string;
  description?: string;
  currency?: string;
  customKeys?: Record<string, unknown>;
}

/** `CardAssingFundsDto` (sic; `PUT /cards/{cardId}/funds`). */
export interface FundsAdjustmentRequest {
  amount: number;
  operation: FundsOperation;
  reference: string;
  observations?: string;
  currency?: string;
}

export interface FundsMovement {
  movementId: number;
  cardId: number;
  operation: FundsOperation | string;
  amount: number;
  /** The card balance after the movement. */
  balance: number;
  currency: string;
  reference: string | null;
  description: string | null;
  channel: string | null;
  customKeys: Record<string, unknown> | null;
  status: TransferStatus | string;
  createdAt: string;
}

export interface CardTransferRequest {
  fromCardId: number;
  toCardId: number;
  amount: number;
  observations?: string;
}

export interface CardTransfer {
  id: number;
  fromCardId: number;
  toCardId: number;
  amount: number;
  currency: string;
  status: TransferStatus | string;
  observations: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One entry of the monthly feed: funds operations and both transfer legs. */
export interface CardMovement {
  id: number;
  cardId: number;
  type: 'ADD_FUNDS' | 'WITHDRAW_FUNDS' | 'TRANSFER_IN' | 'TRANSFER_OUT' | string;
  direction: 'credit' | 'debit' | string;
  amount: number;
  currency: string;
  balanceAfter: number;
  status: TransferStatus | string;
  reference: string | null;
  description: string | null;
  channel: string | null;
  transferId: number | null;
  counterpartCardId: number | null;
  customKeys?: Record<string, unknown> | null;
  createdAt: string;
}

export interface TransferTypeDefinition {
  type: string;
  channel: 'financialNetwork' | 'webService';
  movementType: 'debit' | 'credit';
  model: 'settlement' | 'reversed';
  name?: string;
}

export interface TransferType extends Omit<TransferTypeDefinition, 'channel' | 'movementType' | 'model' | 'name'> {
  id: number;
  channel: string;
  movementType: string;
  model: string;
  name: string | null;
  createdAt: string;
  updatedAt: string;
}

// ── terminals ────────────────────────────────────────────────────────
/** `CreateTerminalPaymentInput`: at least one of the three terminal identifiers. */
export interface TerminalPaymentRequest {
  subtotal: number;
  externalTerminalId?: string;
  terminalId?: number;
  deviceId?: string;
  operationId?: string;
  additionalData?: Record<string, unknown>;
}

export interface TerminalPaymentUpdate {
  externalId?: string;
  totalAmount?: number;
  status?: TransferStatus;
  additionalData?: Record<string, unknown>;
}

/** Money fields are strings here (as Migo's example shows). */
export interface TerminalPayment {
  id: number;
  terminalId: number;
  externalId: string;
  subtotal: string;
  totalAmount: string;
  status: TransferStatus | string;
  currency: string;
  additionalData: Record<string, unknown> | null;
  createdAt: string;
  updatedAt: string;
}

export interface Terminal {
  terminalId: number;
  deviceId: string;
  externalTerminalId: string;
  authUserId: number;
  commerceId: number;
  branchCode: string;
  currency: string;
  terminalType: TerminalType | string;
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TerminalUpdate {
  isActive: boolean;
  newDeviceId?: string;
  externalTerminalId?: string;
  terminalType?: TerminalType;
}

export interface TerminalRemoved {
  terminalId: number;
  deviceId: string;
  deleted: boolean;
}

// ── statements ───────────────────────────────────────────────────────
export interface StatementAccepted {
  reference: string;
  cardId: number;
  month: number;
  year: number;
  status: 'processing' | 'ready' | string;
  createdAt: string;
}

export interface StatementStatus extends StatementAccepted {
  readyAt: string | null;
  downloadPath?: string;
}

// ── leads and businesses ─────────────────────────────────────────────
export interface LeadRequest {
  firstName: string;
  lastName: string;
  gender: Gender;
  cui: string;
  expirationDate: string;
  commercialName: string;
  /** Partner slug. */
  partner: string;
  phone?: string;
  address?: string;
  businessName?: string;
  nationality?: string;
  countryOfBirth?: string;
  country?: string;
  dateOfBirth?: string;
  placeOfBirth?: string;
  neighborhood?: string;
  maritalStatus?: MaritalStatus;
  economicActivity?: string;
  canInvoice?: boolean;
  taxRegime?: string;
  nit?: string;
  rtuType?: string;
  email?: string;
  paymentMethods?: Array<{ slug: string; acquirerSlug: string }>;
  sdk?: string;
}

export interface LeadCreated {
  _id: string;
  invitationCode: string;
}

export interface Business {
  commerceId: number;
  name: string;
  partnerId: string;
  ownerUserId: number;
  leadId: string | null;
  branches: Array<{ branchCode: string; name: string }>;
  paymentMethods: Array<{ slug: string; acquirerSlug: string }>;
  createdAt: string;
}

export interface BusinessFilesUploaded {
  commerceId: number;
  files: Array<{ name: 'businessPhoto' | 'utilityBill' | string; fileName: string; mimeType: string; size: number; uploadedAt: string }>;
}

/** A short-lived signed URL of one business document. */
export interface BusinessDocLink {
  name: string;
  url: string;
  expiresAt: string;
}

// ── configs ──────────────────────────────────────────────────────────
export interface AppLimits {
  maxTransactionAmount: number;
  dailyTransactionAmount: number;
  monthlyTransactionAmount: number;
}

export interface AppConfig {
  applicationId: string;
  name: string;
  merchant: string;
  permissions: string[];
  webhookUrl: string | null;
  limits: AppLimits;
  updatedAt: string;
}

export interface AppConfigPatch {
  name?: string;
  /** `null` clears the webhook. */
  webhookUrl?: string | null;
  limits?: Partial<AppLimits>;
}

// ── files ────────────────────────────────────────────────────────────
/** A file to send to Migo. */
export interface UploadFile {
  bytes: Buffer;
  filename: string;
  contentType: string;
}

/** A file Migo answered, with the headers a download needs. */
export interface WalletFile {
  bytes: Buffer;
  contentType: string;
  disposition?: string;
}
