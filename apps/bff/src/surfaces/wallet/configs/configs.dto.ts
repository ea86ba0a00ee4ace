import { Type } from 'class-transformer';
import { IsNotEmpty, IsNumber, IsOptional, IsPositive, IsString, IsUrl, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import type { AppConfigPatch } from '#wallet-gateway';
import { AMOUNT_OPTIONS } from '../../shared/validation-helpers.js';

class AppLimitsPatch {
  @IsOptional() @IsNumber(AMOUNT_OPTIONS) @IsPositive() maxTransactionAmount?: number;
  @IsOptional() @IsNumber(AMOUNT_OPTIONS) @IsPositive() dailyTransactionAmount?: number;
  @IsOptional() @IsNumber(AMOUNT_OPTIONS) @IsPositive() monthlyTransactionAmount?: number;
}

/** The fields an application may change (its permissions are read-only). */
export class AppConfigPatchBody implements AppConfigPatch {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  /** `null` clears the webhook. */
  @ValidateIf((_, value) => value !== null && value !== undefined) @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false }) webhookUrl?: string | null;
  @IsOptional() @ValidateNested() @Type(() => AppLimitsPatch) limits?: AppLimitsPatch;
}
