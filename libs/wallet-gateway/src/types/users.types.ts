import type { Business } from './businesses.types.js';
import type { Gender, MaritalStatus, WalletRole } from './enums.types.js';
import type { Terminal } from './terminals.types.js';

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
