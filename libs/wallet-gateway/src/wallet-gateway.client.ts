import { Injectable } from '@nestjs/common';
import { MigoAuth } from '#migo-auth';
import { CallExtras, HttpMethod, multipartForm, SurfaceCalls, UpstreamCallOptions, UpstreamHttp } from '#migo-http';
import {
  AppConfig,
  AppConfigPatch,
  BusinessDocLink,
  BusinessFilesUploaded,
  Card,
  CardMovement,
  CardTransfer,
  CardTransferRequest,
  FundsAdjustmentRequest,
  FundsMovement,
  FundsOperationRequest,
  InvitationCode,
  LeadCreated,
  LeadRequest,
  LinkedCard,
  LinkedCardRemoved,
  OtpSent,
  OtpVerified,
  PasswordReset,
  PermissionGrant,
  PinSet,
  StatementAccepted,
  StatementStatus,
  Terminal,
  TerminalPayment,
  TerminalPaymentRequest,
  TerminalPaymentUpdate,
  TerminalRemoved,
  TerminalUpdate,
  TransferType,
  TransferTypeDefinition,
  UploadFile,
  UserPermissions,
  UserRegistration,
  WalletFile,
  WalletPermission,
  WalletRole,
  WalletUser,
} from './wallet.types.js';

export type WalletCallOptions = UpstreamCallOptions;

/**
 * Typed client of the Wallet Gateway. Every call carries the application session (`auth.wallet`); `/auth/*` and
 * `/health` belong to libs/migo-auth and the health checks, not here.
 */
@Injectable()
export class WalletGatewayClient {
  private readonly calls: SurfaceCalls;

  constructor(
    http: UpstreamHttp,
    private readonly auth: MigoAuth,
  ) {
    this.calls = new SurfaceCalls(http, 'wallet');
  }

  private call<T>(method: HttpMethod, route: string, params: Record<string, string | number>, options?: WalletCallOptions, extra?: CallExtras): Promise<T> {
    return this.calls.json<T>(this.auth.wallet, method, route, params, options, extra);
  }

  private file(method: HttpMethod, route: string, params: Record<string, string | number>, options?: WalletCallOptions, idempotent?: boolean): Promise<WalletFile> {
    return this.calls.file(this.auth.wallet, method, route, params, options, idempotent);
  }

  // ── users ──────────────────────────────────────────────────────────
  /** Migo picks the mode by the body: `invitationCode` present → invitation registration, otherwise direct. */
  registerUser(body: UserRegistration, options?: WalletCallOptions) {
    return this.call<WalletUser>('POST', '/users', {}, options, { body });
  }

  createInvitationCode(body: { role: WalletRole; branchCode?: string }, options?: WalletCallOptions) {
    return this.call<InvitationCode>('POST', '/users/invitation-code', {}, options, { body });
  }

  user(userId: number, options?: WalletCallOptions) {
    return this.call<WalletUser>('GET', '/users/:userId', { userId }, options);
  }

  requestOtp(body: { email: string; purpose: string }, options?: WalletCallOptions) {
    return this.call<OtpSent>('POST', '/users/auth/otp', {}, options, { body });
  }

  /** Consumes the code, so it is not retried. */
  verifyOtp(body: { email: string; otp: string; purpose: string }, options?: WalletCallOptions) {
    return this.call<OtpVerified>('PUT', '/users/auth/otp', {}, options, { body });
  }

  resetPassword(body: { email: string; otp: string; password: string; confirmPassword: string }, options?: WalletCallOptions) {
    return this.call<PasswordReset>('POST', '/users/auth/password/reset', {}, options, { body });
  }

  permissions(options?: WalletCallOptions) {
    return this.call<WalletPermission[]>('GET', '/users/permissions', {}, options);
  }

  definePermissions(body: { permissions: Array<{ resource: string; action: string; description?: string }> }, options?: WalletCallOptions) {
    return this.call<WalletPermission[]>('POST', '/users/permissions', {}, options, { body });
  }

  grantPermissions(userId: number, body: { permissions: PermissionGrant[] }, options?: WalletCallOptions) {
    return this.call<UserPermissions>('POST', '/users/:userId/permissions', { userId }, options, { body });
  }

  /** Same body as grant; `granted:false` revokes. */
  updatePermissions(userId: number, body: { permissions: PermissionGrant[] }, options?: WalletCallOptions) {
    return this.call<UserPermissions>('PATCH', '/users/:userId/permissions', { userId }, options, { body });
  }

  // ── cards ──────────────────────────────────────────────────────────
  /** Issues a new card (physical, despite the path): inactive until it has a PIN. */
  issueCard(userId: number, options?: WalletCallOptions) {
    return this.call<Card>('POST', '/users/:userId/cards/virtuals', { userId }, options);
  }

  /** Links an existing card of partner `clientId` by its number (the PAN travels only in this body). */
  linkCard(userId: number, clientId: string, body: { card: string; alias?: string }, options?: WalletCallOptions) {
    return this.call<Card>('POST', '/users/:userId/cards', { userId }, options, { body, query: { clientId } });
  }

  userCards(userId: number, options?: WalletCallOptions) {
    return this.call<Card[]>('GET', '/users/:userId/cards', { userId }, options);
  }

  card(cardId: number, options?: WalletCallOptions) {
    return this.call<Card>('GET', '/cards/:cardId', { cardId }, options);
  }

  setCardStatus(cardId: number, body: { status: 'active' | 'blocked' }, options?: WalletCallOptions) {
    return this.call<Card>('PATCH', '/cards/:cardId/status', { cardId }, options, { body });
  }

  setCardAlias(cardId: number, body: { alias: string }, options?: WalletCallOptions) {
    return this.call<Card>('PATCH', '/cards/:cardId/alias', { cardId }, options, { body });
  }

  linkThirdPartyCard(userId: number, body: { email: string; suffix: string; alias: string }, options?: WalletCallOptions) {
    return this.call<LinkedCard>('POST', '/users/:userId/linked-cards', { userId }, options, { body });
  }

  linkedCards(userId: number, options?: WalletCallOptions) {
    return this.call<LinkedCard[]>('GET', '/users/:userId/linked-cards', { userId }, options);
  }

  renameLinkedCard(userId: number, associationId: number, body: { alias: string }, options?: WalletCallOptions) {
    return this.call<LinkedCard>('PATCH', '/users/:userId/linked-cards/:associationId', { userId, associationId }, options, { body });
  }

  removeLinkedCard(userId: number, associationId: number, options?: WalletCallOptions) {
    return this.call<LinkedCardRemoved>('DELETE', '/users/:userId/linked-cards/:associationId', { userId, associationId }, options);
  }

  setPin(cardId: number, body: { pin: string }, options?: WalletCallOptions) {
    return this.call<PinSet>('POST', '/cards/:cardId/pin', { cardId }, options, { body });
  }

  /** Overrides only that user's PIN on a shared card. */
  setUserPin(cardId: number, authUserId: number, body: { pin: string }, options?: WalletCallOptions) {
    return this.call<PinSet>('POST', '/cards/:cardId/users/:authUserId/pin', { cardId, authUserId }, options, { body });
  }

  // ── money ──────────────────────────────────────────────────────────
  operateFunds(cardId: number, body: FundsOperationRequest, options?: WalletCallOptions) {
    return this.call<FundsMovement>('POST', '/cards/:cardId/funds', { cardId }, options, { body });
  }

  /** An issuer-side adjustment: a PUT that moves money, so never retried. */
  adjustFunds(cardId: number, body: FundsAdjustmentRequest, options?: WalletCallOptions) {
    return this.call<FundsMovement>('PUT', '/cards/:cardId/funds', { cardId }, options, { body, idempotent: false });
  }

  transfer(body: CardTransferRequest, options?: WalletCallOptions) {
    return this.call<CardTransfer>('POST', '/cards/transfer', {}, options, { body });
  }

  cardTransfer(id: number, options?: WalletCallOptions) {
    return this.call<CardTransfer>('GET', '/card-transfers/:id', { id }, options);
  }

  monthlyTransfers(cardId: number, month: number, year: number, options?: WalletCallOptions) {
    return this.call<CardMovement[]>('GET', '/cards/:cardId/transfers/:month/:year', { cardId, month, year }, options);
  }

  defineTransferTypes(body: { types: TransferTypeDefinition[] }, options?: WalletCallOptions) {
    return this.call<TransferType[]>('POST', '/card-transfers/types', {}, options, { body });
  }

  createTerminalPayment(body: TerminalPaymentRequest, options?: WalletCallOptions) {
    return this.call<TerminalPayment>('POST', '/terminal-payment', {}, options, { body });
  }

  /** The only way to cancel, reverse or mark a terminal payment refunded. */
  updateTerminalPayment(id: number, body: TerminalPaymentUpdate, options?: WalletCallOptions) {
    return this.call<TerminalPayment>('PATCH', '/terminal-payment/:id', { id }, options, { body });
  }

  terminalPayment(id: number, options?: WalletCallOptions) {
    return this.call<TerminalPayment>('GET', '/terminal-payment/:id', { id }, options);
  }

  // ── terminals ──────────────────────────────────────────────────────
  userTerminal(authUserId: number, deviceId: string, options?: WalletCallOptions) {
    return this.call<Terminal>('GET', '/devices/users/:authUserId/terminals/:deviceId', { authUserId, deviceId }, options);
  }

  /** Legacy alias of `userTerminal`. */
  userTerminalLegacy(authUserId: number, deviceId: string, options?: WalletCallOptions) {
    return this.call<Terminal>('GET', '/businesses/users/:authUserId/terminals/:deviceId', { authUserId, deviceId }, options);
  }

  /** The last 180 days only; Migo offers no date filter. */
  deviceTransactions(deviceId: string, options?: WalletCallOptions) {
    return this.call<TerminalPayment[]>('GET', '/devices/:deviceId/transactions', { deviceId }, options);
  }

  deviceTransaction(deviceId: string, transactionId: number, options?: WalletCallOptions) {
    return this.call<TerminalPayment>('GET', '/devices/:deviceId/transactions/:transactionId', { deviceId, transactionId }, options);
  }

  updateTerminal(deviceId: string, body: TerminalUpdate, options?: WalletCallOptions) {
    return this.call<Terminal>('PATCH', '/businesses/terminals/:deviceId', { deviceId }, options, { body });
  }

  /** Irreversible. */
  removeTerminal(deviceId: string, options?: WalletCallOptions) {
    return this.call<TerminalRemoved>('DELETE', '/businesses/terminals/:deviceId', { deviceId }, options);
  }

  // ── statements ─────────────────────────────────────────────────────
  /** Accepted as `processing`; Migo renders it later (follow it with `statementStatus`). */
  requestStatement(cardId: number, body: { month: number; year: number }, options?: WalletCallOptions) {
    return this.call<StatementAccepted>('POST', '/cards/:cardId/statements', { cardId }, options, { body });
  }

  statementStatus(cardId: number, reference: string, options?: WalletCallOptions) {
    return this.call<StatementStatus>('GET', '/cards/:cardId/statements/:reference', { cardId, reference }, options);
  }

  /** The PDF, once the statement is ready (Migo answers 409 / 7401 before). */
  statementFile(cardId: number, reference: string, options?: WalletCallOptions) {
    return this.file('GET', '/cards/:cardId/statements/:reference/file', { cardId, reference }, options);
  }

  // ── leads and businesses ───────────────────────────────────────────
  createLead(body: LeadRequest, merchantId?: string, options?: WalletCallOptions) {
    return this.call<LeadCreated>('POST', '/leads', {}, options, { body, headers: merchantId ? { 'x-merchant-id': merchantId } : undefined });
  }

  /** Reads a stored lead file, despite the POST and the "upload" in Migo's path; it changes nothing. */
  leadFile(fileName: string, options?: WalletCallOptions) {
    return this.file('POST', '/leads/files/upload/:fileName', { fileName }, options, true);
  }

  uploadBusinessFiles(commerceId: number, files: { businessPhoto: UploadFile; utilityBill: UploadFile }, options?: WalletCallOptions) {
    return this.call<BusinessFilesUploaded>('POST', '/businesses/:commerceId/files', { commerceId }, options, { body: multipartForm({}, files) });
  }

  businessDocs(commerceId: number, options?: WalletCallOptions) {
    return this.call<BusinessDocLink[]>('GET', '/businesses/:commerceId/docs', { commerceId }, options);
  }

  // ── configs ────────────────────────────────────────────────────────
  /** The BFF's own application configuration; the only Wallet routes that need the `applicationId` header. */
  config(options?: WalletCallOptions) {
    return this.call<AppConfig>('GET', '/configs', {}, options, { headers: this.applicationHeader() });
  }

  updateConfig(body: AppConfigPatch, options?: WalletCallOptions) {
    return this.call<AppConfig>('PATCH', '/configs', {}, options, { body, headers: this.applicationHeader() });
  }

  private applicationHeader(): Record<string, string> {
    return { applicationId: this.auth.walletApplicationId };
  }
}
