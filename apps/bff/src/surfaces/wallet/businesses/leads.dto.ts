import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import type { LeadRequest } from '#wallet-gateway';
import { COUNTRY, GENDERS, IsDateOnly, MARITAL_STATUSES } from '../shared/field-rules.js';

const COUNTRY_MESSAGE = { message: 'must be an ISO country code such as GTM or GT' };

class LeadPaymentMethod {
  @IsString() @IsNotEmpty() @MaxLength(50) slug!: string;
  @IsString() @IsNotEmpty() @MaxLength(50) acquirerSlug!: string;
}

/** `POST /leads`: the seven required fields, then the optional ones Migo's example sends. */
export class LeadBody implements LeadRequest {
  @IsString() @IsNotEmpty() @MaxLength(100) firstName!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) lastName!: string;
  @IsIn(GENDERS) gender!: (typeof GENDERS)[number];
  @IsString() @IsNotEmpty() @MaxLength(30) cui!: string;
  @IsDateOnly() expirationDate!: string;
  @IsString() @IsNotEmpty() @MaxLength(120) commercialName!: string;
  /** Partner slug; checked against the app's allow-list. */
  @IsString() @IsNotEmpty() @MaxLength(64) partner!: string;

  @IsOptional() @IsString() @MaxLength(20) phone?: string;
  @IsOptional() @IsString() @MaxLength(200) address?: string;
  @IsOptional() @IsString() @MaxLength(120) businessName?: string;
  @IsOptional() @Matches(COUNTRY, COUNTRY_MESSAGE) nationality?: string;
  @IsOptional() @Matches(COUNTRY, COUNTRY_MESSAGE) countryOfBirth?: string;
  @IsOptional() @Matches(COUNTRY, COUNTRY_MESSAGE) country?: string;
  @IsOptional() @IsDateOnly() dateOfBirth?: string;
  @IsOptional() @IsString() @MaxLength(100) placeOfBirth?: string;
  @IsOptional() @IsString() @MaxLength(100) neighborhood?: string;
  @IsOptional() @IsIn(MARITAL_STATUSES) maritalStatus?: (typeof MARITAL_STATUSES)[number];
  @IsOptional() @IsString() @MaxLength(100) economicActivity?: string;
  @IsOptional() @IsBoolean() canInvoice?: boolean;
  @IsOptional() @IsString() @MaxLength(50) taxRegime?: string;
  @IsOptional() @IsString() @MaxLength(20) nit?: string;
  @IsOptional() @IsString() @MaxLength(50) rtuType?: string;
  @IsOptional() @IsEmail() email?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => LeadPaymentMethod) paymentMethods?: LeadPaymentMethod[];
  @IsOptional() @IsString() @MaxLength(50) sdk?: string;
}
