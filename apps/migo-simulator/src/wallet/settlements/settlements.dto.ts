import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsDateOnly } from '../shared/date-only.js';

export class SettlementListQuery {
  @IsOptional() @IsString() partnerId?: string;
  @IsOptional() @IsDateOnly() from?: string;
  @IsOptional() @IsDateOnly() to?: string;
  @IsOptional() @IsIn(['pending', 'settled', 'paid']) status?: 'pending' | 'settled' | 'paid';
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) page = 1;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit = 20;
  /** `true`: each settlement with its items (what a reconciliation needs in one call). */
  @IsOptional() @IsIn(['true', 'false']) includeItems?: 'true' | 'false';
}

/** Either moves the clock by some hours, or to an instant (never backwards). */
export class AdvanceClockBody {
  @IsOptional() @IsInt() @Min(0) @Max(24 * 366) advanceHours?: number;
  @IsOptional() @IsISO8601({ strict: true }) to?: string;
}
