import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsISO31661Alpha2, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateBy } from 'class-validator';

export const MARITAL_STATUSES = ['soltero', 'casado', 'viudo', 'divorciado', 'separado'] as const;
export const GENDERS = ['F', 'M', 'OTHER'] as const;
export const DOCUMENT_TYPES = ['DPI', 'NIT', 'PASSPORT', 'LEGAL_ID', 'PERSONAL_ID', 'RESIDENCE_ID'] as const;
export const CARDHOLDER_SORT_FIELDS = ['createdAt', 'name', 'lastName', 'email'] as const;

/** `YYYY-MM-DD`, a real calendar day, not in the future. */
function IsPastCalendarDate() {
  return ValidateBy({
    name: 'isPastCalendarDate',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && date.getTime() <= Date.now();
      },
      defaultMessage: (args) => `${args?.property} must be a past date in the format YYYY-MM-DD`,
    },
  });
}

/**
 * A cardholder as Migo's create route takes it (all fields required). The Excel upload validates each row with this
 * same class (see uploads/row-validation.ts), so a row is accepted exactly when the single create would accept it.
 */
export class CreateCardholderBody {
  @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) lastName!: string;
  @IsString() @IsNotEmpty() @MaxLength(250) address!: string;
  @IsISO31661Alpha2({ message: 'countryOfBirth must be an ISO 3166-1 alpha-2 country code (e.g. GT)' }) countryOfBirth!: string;
  @IsPastCalendarDate() dateOfBirth!: string;
  @IsIn(MARITAL_STATUSES) maritalStatus!: (typeof MARITAL_STATUSES)[number];
  @IsIn(GENDERS) gender!: (typeof GENDERS)[number];
  @Matches(/^\+?\d{8,15}$/, { message: 'phoneNumber must be 8 to 15 digits (e.g. 50255551234)' }) phoneNumber!: string;
  @IsEmail() @MaxLength(200) email!: string;
  @IsIn(DOCUMENT_TYPES) documentType!: (typeof DOCUMENT_TYPES)[number];
  @Matches(/^[A-Za-z0-9-]{4,20}$/, { message: 'documentNumber must be 4 to 20 letters, digits or dashes' }) documentNumber!: string;
  @Type(() => Number) @IsInt({ message: 'cardId must be a numeric card id' }) @Min(1) cardId!: number;
}

export class ListCardholdersQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) page = 1;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit = 10;
  @IsOptional() @IsString() @MaxLength(100) searchText?: string;
  @IsOptional() @IsIn(CARDHOLDER_SORT_FIELDS) sortBy: (typeof CARDHOLDER_SORT_FIELDS)[number] = 'createdAt';
  @IsOptional() @IsIn(['asc', 'desc']) sortOrder: 'asc' | 'desc' = 'desc';
}

/** Body of the detail and close routes: only the inline OTP (read by the OTP gate). */
export class CardholderOtpBody {
  @IsOptional() @IsString() otp?: string;
}
