import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Multipart text fields of `POST /app/partners/{partnerId}/process-request` (the file is `evidence`). */
export class CreateProcessRequestBody {
  /** Checked with Migo's amount codes: > 0 (7001), at most 4 decimals (7002). */
  @IsDefined({ message: 'requestedAmount is required' }) @Type(() => Number) requestedAmount!: number;
  @IsOptional() @IsString() @MaxLength(500) observations?: string;
  /** Inline OTP, read by the OTP gate. */
  @IsOptional() @IsString() otp?: string;
}

export class ListProcessRequestsQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) page = 1;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit = 10;
}

export class ReviewProcessRequestBody {
  @IsIn(['approved', 'rejected']) status!: 'approved' | 'rejected';
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}
