import { Type } from 'class-transformer';
import { IsNotEmpty, IsNumber, IsOptional, IsPositive, IsString, IsUrl, MaxLength, ValidateIf, ValidateNested } from 'class-validator';

export class AppLimitsPatch {
  @IsOptional() @IsNumber({ maxDecimalPlaces: 4 }) @IsPositive() maxTransactionAmount?: number;
  @IsOptional() @IsNumber({ maxDecimalPlaces: 4 }) @IsPositive() dailyTransactionAmount?: number;
  @IsOptional() @IsNumber({ maxDecimalPlaces: 4 }) @IsPositive() monthlyTransactionAmount?: number;
}

/** The fields an application may change; anything else (applicationId, permissions…) is dropped. */
export class AppConfigPatchBody {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  /** `null` clears the webhook. */
  @ValidateIf((_, value) => value !== null && value !== undefined) @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false }) webhookUrl?: string | null;
  @IsOptional() @ValidateNested() @Type(() => AppLimitsPatch) limits?: AppLimitsPatch;
}
