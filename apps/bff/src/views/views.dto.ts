import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ToInteger } from '../surfaces/shared/validation-helpers.js';
import { PartnerSlug } from '../surfaces/shared/partner-slug.js';
import { DateRangeQuery } from '../surfaces/wallet/settlements/date-range.js';

export class FieldsQuery {
  /** Comma-separated top-level fields to keep. */
  @IsOptional() @Matches(/^[A-Za-z]+(,[A-Za-z]+)*$/, { message: 'fields must be comma-separated field names' }) fields?: string;
}

export class ActivityQuery extends FieldsQuery {
  @IsOptional() @ToInteger() @IsInt() @Min(1) @Max(12) months?: number;
}

export class SettlementsViewQuery extends DateRangeQuery {
  @IsOptional() @Matches(/^[A-Za-z]+(,[A-Za-z]+)*$/, { message: 'fields must be comma-separated field names' }) fields?: string;
}

/** The partner is sent on to both surfaces (a query parameter of each): only a slug goes. */
export class PartnerSettlementsParams {
  @PartnerSlug() partnerId!: string;
}
