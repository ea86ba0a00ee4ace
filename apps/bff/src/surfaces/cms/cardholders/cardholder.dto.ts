import { IsId } from '../../../http/ids.js';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import type { CardholderListQuery, NewCardholder } from '#cms';
import { PageQuery, ToInteger } from '../../shared/validation-helpers.js';

export const MARITAL_STATUSES = ['soltero', 'casado', 'viudo', 'divorciado', 'separado'] as const;
export const GENDERS = ['F', 'M', 'OTHER'] as const;
export const DOCUMENT_TYPES = ['DPI', 'NIT', 'PASSPORT', 'LEGAL_ID', 'PERSONAL_ID', 'RESIDENCE_ID'] as const;

/** Migo's cardholder create: every field is required (also the shape of one upload row). */
export class CardholderBody implements NewCardholder {
  @IsString() @Length(1, 100) name!: string;
  @IsString() @Length(1, 100) lastName!: string;
  @IsString() @Length(1, 250) address!: string;
  @Matches(/^[A-Z]{2}$/, { message: 'countryOfBirth must be an ISO 3166-1 alpha-2 code, e.g. GT' }) countryOfBirth!: string;
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be YYYY-MM-DD' }) dateOfBirth!: string;
  @IsIn(MARITAL_STATUSES) maritalStatus!: (typeof MARITAL_STATUSES)[number];
  @IsIn(GENDERS) gender!: (typeof GENDERS)[number];
  @Matches(/^\+?\d{8,15}$/, { message: 'phoneNumber must be 8–15 digits, optionally with a leading +' }) phoneNumber!: string;
  @IsEmail() @MaxLength(254) email!: string;
  @IsIn(DOCUMENT_TYPES) documentType!: (typeof DOCUMENT_TYPES)[number];
  @Matches(/^[A-Za-z0-9-]{4,20}$/, { message: 'documentNumber must be 4–20 letters, digits or dashes' }) documentNumber!: string;
  @ToInteger() @IsId() cardId!: number;
}

/** One row of a cards upload (assumed layout: `alias,currency`). */
export class CardRowBody {
  @IsString() @Length(1, 50) alias!: string;
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' }) currency!: string;
}

export class CardholderListQueryDto extends PageQuery implements CardholderListQuery {
  @IsOptional() @IsString() @MaxLength(100) searchText?: string;
  @IsOptional() @IsIn(['createdAt', 'name', 'lastName', 'email']) sortBy?: 'createdAt' | 'name' | 'lastName' | 'email';
  @IsOptional() @IsIn(['asc', 'desc']) sortOrder?: 'asc' | 'desc';
}
