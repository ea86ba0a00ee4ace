import type { WalletCallOptions, WalletCalls } from '../wallet-calls.js';
import type { InvitationCode, OtpSent, OtpVerified, PasswordReset, PermissionGrant, UserPermissions, UserRegistration, WalletPermission, WalletRole, WalletUser } from '../wallet.types.js';

/** Users: registration, one-time codes, passwords and permissions. */
export class WalletUsers {
  constructor(private readonly calls: WalletCalls) {}

  /** Migo picks the mode by the body: `invitationCode` present → invitation registration, otherwise direct. */
  registerUser(body: UserRegistration, options?: WalletCallOptions) {
    return this.calls.call<WalletUser>('POST', '/users', {}, options, { body });
  }

  createInvitationCode(body: { role: WalletRole; branchCode?: string }, options?: WalletCallOptions) {
    return this.calls.call<InvitationCode>('POST', '/users/invitation-code', {}, options, { body });
  }

  user(userId: number, options?: WalletCallOptions) {
    return this.calls.call<WalletUser>('GET', '/users/:userId', { userId }, options);
  }

  requestOtp(body: { email: string; purpose: string }, options?: WalletCallOptions) {
    return this.calls.call<OtpSent>('POST', '/users/auth/otp', {}, options, { body });
  }

  /** Consumes the code, so it is not retried. */
  verifyOtp(body: { email: string; otp: string; purpose: string }, options?: WalletCallOptions) {
    return this.calls.call<OtpVerified>('PUT', '/users/auth/otp', {}, options, { body });
  }

  resetPassword(body: { email: string; otp: string; password: string; confirmPassword: string }, options?: WalletCallOptions) {
    return this.calls.call<PasswordReset>('POST', '/users/auth/password/reset', {}, options, { body });
  }

  permissions(options?: WalletCallOptions) {
    return this.calls.call<WalletPermission[]>('GET', '/users/permissions', {}, options);
  }

  definePermissions(body: { permissions: Array<{ resource: string; action: string; description?: string }> }, options?: WalletCallOptions) {
    return this.calls.call<WalletPermission[]>('POST', '/users/permissions', {}, options, { body });
  }

  grantPermissions(userId: number, body: { permissions: PermissionGrant[] }, options?: WalletCallOptions) {
    return this.calls.call<UserPermissions>('POST', '/users/:userId/permissions', { userId }, options, { body });
  }

  /** Same body as grant; `granted:false` revokes. */
  updatePermissions(userId: number, body: { permissions: PermissionGrant[] }, options?: WalletCallOptions) {
    return this.calls.call<UserPermissions>('PATCH', '/users/:userId/permissions', { userId }, options, { body });
  }
}
