import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { SettlementStatus } from '#wallet-gateway';
import { ToInteger } from '../../shared/validation-helpers.js';
import { PartnerSlug } from '../../shared/partner-slug.js';
import { DateRangeQuery } from './date-range.js';

export const SETTLEMENT_STATUSES = ['pending', 'settled', 'paid'] as const;

export class SettlementListQuery extends DateRangeQuery {
  /** Left out: the app's partner when it has exactly one; an app open to every partner then lists them all. */
  @IsOptional() @PartnerSlug() partnerId?: string;
  @IsOptional() @IsIn(SETTLEMENT_STATUSES) status?: SettlementStatus;
  @IsOptional() @ToInteger() @IsInt() @Min(1) page?: number;
  @IsOptional() @ToInteger() @IsInt() @Min(1) @Max(100) limit?: number;
}
