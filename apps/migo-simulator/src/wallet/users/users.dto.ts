import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsDateOnly } from '../shared/date-only.js';
import { GENDERS, MARITAL_STATUSES } from '../shared/enums.js';
import type { WalletRole } from './wallet-accounts.store.js';

/** `POST /users` without `invitationCode` (Migo's `CreateUserDto`). */
export class DirectRegistrationBody {
  @IsString() @IsNotEmpty() @MaxLength(100) firstName!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) lastName!: string;
  @IsString() @IsNotEmpty() @MaxLength(200) address!: string;
  /** ISO-3166 alpha-3 in Migo's examples (`GTM`); alpha-2 is accepted too. */
  @Matches(/^[A-Z]{2,3}$/, { message: 'countryOfBirth must be an ISO country code such as GTM' }) countryOfBirth!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) placeOfBirth!: string;
  @IsIn(GENDERS) gender!: (typeof GENDERS)[number];
  @IsIn(MARITAL_STATUSES) maritalStatus!: (typeof MARITAL_STATUSES)[number];
  @Matches(/^\+?\d{8,15}$/, { message: 'phoneNumber must be 8 to 15 digits, optionally with a leading +' }) phoneNumber!: string;
  @IsEmail() username!: string;
  @IsString() @MinLength(8) @MaxLength(128) password!: string;
  @IsOptional() @IsEmail() email?: string;
  @IsOptional() @IsDateOnly() dateOfBirth?: string;
}

/** `POST /users` with `invitationCode` (Migo's `ExternalUserRegistrationDto`). */
export class InvitationRegistrationBody {
  @IsString() @IsNotEmpty() @MaxLength(100) deviceId!: string;
  @IsString() @IsNotEmpty() invitationCode!: string;
  @IsEmail() username!: string;
  @IsString() @MinLength(8) @MaxLength(128) password!: string;
  @IsString() confirmPassword!: string;
  @IsOptional() @IsString() @MaxLength(20) nit?: string;
  @IsOptional() @IsBoolean() termsAndConditionsAccepted?: boolean;
}

export class InvitationCodeBody {
  @IsIn(['admin', 'cashier', 'cardholder']) role!: WalletRole;
  @IsOptional() @IsString() @IsNotEmpty() branchCode?: string;
}

export class OtpRequestBody {
  @IsEmail() email!: string;
  @IsString() @IsNotEmpty() @MaxLength(50) purpose!: string;
}

export class OtpVerifyBody {
  @IsEmail() email!: string;
  /** Any string: a wrong or malformed code is the same 403 / 8007. */
  @IsString() otp!: string;
  @IsString() @IsNotEmpty() @MaxLength(50) purpose!: string;
}

export class PasswordResetBody {
  @IsEmail() email!: string;
  @IsString() otp!: string;
  @IsString() @MinLength(8) @MaxLength(128) password!: string;
  @IsString() confirmPassword!: string;
}
