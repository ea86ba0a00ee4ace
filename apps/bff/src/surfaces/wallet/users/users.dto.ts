import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { DirectRegistration, InvitationRegistration, WalletRole } from '#wallet-gateway';
import { OTP_PATTERN } from '../../shared/validation-helpers.js';
import { COUNTRY, GENDERS, IsDateOnly, IsSameAs, MARITAL_STATUSES } from '../shared/field-rules.js';

const PASSWORD_LENGTH = [8, 128] as const;

/** `POST /users` without `invitationCode` (Migo's `CreateUserDto`). */
export class DirectRegistrationBody implements DirectRegistration {
  @IsString() @IsNotEmpty() @MaxLength(100) firstName!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) lastName!: string;
  @IsString() @IsNotEmpty() @MaxLength(200) address!: string;
  @Matches(COUNTRY, { message: 'countryOfBirth must be an ISO country code such as GTM' }) countryOfBirth!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) placeOfBirth!: string;
  @IsIn(GENDERS) gender!: (typeof GENDERS)[number];
  @IsIn(MARITAL_STATUSES) maritalStatus!: (typeof MARITAL_STATUSES)[number];
  @Matches(/^\+?\d{8,15}$/, { message: 'phoneNumber must be 8 to 15 digits, optionally with a leading +' }) phoneNumber!: string;
  @IsEmail() username!: string;
  @IsString() @MinLength(PASSWORD_LENGTH[0]) @MaxLength(PASSWORD_LENGTH[1]) password!: string;
  @IsOptional() @IsEmail() email?: string;
  @IsOptional() @IsDateOnly() dateOfBirth?: string;
}

/** `POST /users` with `invitationCode` (Migo's `ExternalUserRegistrationDto`). */
export class InvitationRegistrationBody implements InvitationRegistration {
  @IsString() @IsNotEmpty() @MaxLength(100) deviceId!: string;
  @IsString() @IsNotEmpty() @MaxLength(50) invitationCode!: string;
  @IsEmail() username!: string;
  @IsString() @MinLength(PASSWORD_LENGTH[0]) @MaxLength(PASSWORD_LENGTH[1]) password!: string;
  @IsString() @IsSameAs('password') confirmPassword!: string;
  @IsOptional() @IsString() @MaxLength(20) nit?: string;
  @IsOptional() @IsBoolean() termsAndConditionsAccepted?: boolean;
}

export class InvitationCodeBody {
  @IsIn(['admin', 'cashier', 'cardholder']) role!: WalletRole;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(50) branchCode?: string;
}

export class OtpRequestBody {
  @IsEmail() email!: string;
  @IsString() @IsNotEmpty() @MaxLength(50) purpose!: string;
}

export class OtpVerifyBody extends OtpRequestBody {
  @Matches(OTP_PATTERN, { message: 'otp must be 6 digits' }) otp!: string;
}

export class PasswordResetBody {
  @IsEmail() email!: string;
  @Matches(OTP_PATTERN, { message: 'otp must be 6 digits' }) otp!: string;
  @IsString() @MinLength(PASSWORD_LENGTH[0]) @MaxLength(PASSWORD_LENGTH[1]) password!: string;
  @IsString() @IsSameAs('password') confirmPassword!: string;
}
