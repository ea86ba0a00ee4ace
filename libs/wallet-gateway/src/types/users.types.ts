import Type from 'typebox';
import { DateTime, JsonObject, named, Nullable, OpenEnum } from '#common';
import { Business } from './businesses.types.js';
import type { Gender, MaritalStatus } from './enums.types.js';
import { Terminal } from './terminals.types.js';

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

export const WalletUser = named(
  Type.Object(
    {
      userId: Type.Integer(),
      username: Type.String(),
      email: Type.String(),
      firstName: Type.String(),
      lastName: Type.String(),
      phoneNumber: Nullable(Type.String()),
      partnerId: Nullable(Type.String()),
      role: OpenEnum(['admin', 'cashier', 'cardholder']),
      branchCode: Nullable(Type.String()),
      status: OpenEnum(['active', 'inactive']),
      profile: JsonObject(),
      createdAt: DateTime(),
      business: Type.Optional(Business),
      terminal: Type.Optional(Terminal),
    },
    {
      title: 'WalletUser',
      description: "`business` and `terminal` come only when the user registered with a lead's invitation code: what Migo provisioned with the user",
      additionalProperties: true,
    },
  ),
);
export type WalletUser = Type.Static<typeof WalletUser>;

export const InvitationCode = named(
  Type.Object(
    { invitationCode: Type.String(), role: OpenEnum(['admin', 'cashier', 'cardholder']), branchCode: Nullable(Type.String()), createdAt: DateTime() },
    { title: 'WalletInvitationCode', additionalProperties: true },
  ),
);
export type InvitationCode = Type.Static<typeof InvitationCode>;

export const OtpSent = named(Type.Object({ sent: Type.Boolean(), expiresAt: DateTime() }, { title: 'WalletOtpSent', additionalProperties: true }));
export type OtpSent = Type.Static<typeof OtpSent>;

export const OtpVerified = named(
  Type.Object(
    { elevatedToken: Type.String({ description: 'Opaque; proves a recently completed OTP' }), expiresAt: DateTime() },
    { title: 'WalletOtpVerified', additionalProperties: true },
  ),
);
export type OtpVerified = Type.Static<typeof OtpVerified>;

export const PasswordReset = named(Type.Object({ userId: Type.Integer(), passwordUpdatedAt: DateTime() }, { title: 'WalletPasswordReset', additionalProperties: true }));
export type PasswordReset = Type.Static<typeof PasswordReset>;

export const WalletPermission = named(
  Type.Object(
    { permissionId: Type.Integer(), resource: Type.String(), action: Type.String(), description: Nullable(Type.String()) },
    { title: 'WalletPermission', additionalProperties: true },
  ),
);
export type WalletPermission = Type.Static<typeof WalletPermission>;

export const WalletPermissionList = named(Type.Array(WalletPermission, { title: 'WalletPermissionList' }));
export type WalletPermissionList = Type.Static<typeof WalletPermissionList>;

/** One grant (or, `granted: false`, revocation) of a permission to a user under a role. */
export interface PermissionGrant {
  roleId: number;
  permissionId: number;
  granted: boolean;
}

export const UserPermissions = named(
  Type.Object(
    {
      userId: Type.Integer(),
      permissions: Type.Array(
        Type.Object(
          { roleId: Type.Integer(), permissionId: Type.Integer(), granted: Type.Boolean(), resource: Type.String(), action: Type.String(), updatedAt: DateTime() },
          { additionalProperties: true },
        ),
      ),
    },
    { title: 'WalletUserPermissions', additionalProperties: true },
  ),
);
export type UserPermissions = Type.Static<typeof UserPermissions>;
