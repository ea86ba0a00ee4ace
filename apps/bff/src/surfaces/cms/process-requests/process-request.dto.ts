import { Type } from 'class-transformer';
import { IsNumber, IsOptional, IsPositive, IsString, Matches, MaxLength } from 'class-validator';
import { AMOUNT_OPTIONS, OTP_PATTERN } from '../../shared/validation-helpers.js';

/** The text fields of the multipart process-request form (the evidence file travels beside them). */
export class ProcessRequestFields {
  @Type(() => Number) @IsNumber(AMOUNT_OPTIONS, { message: 'requestedAmount must be a number with at most 4 decimals' }) @IsPositive() requestedAmount!: number;
  @IsOptional() @IsString() @MaxLength(500) observations?: string;
  @IsOptional() @Matches(OTP_PATTERN, { message: 'otp must be 6 digits' }) otp?: string;
}
