import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { WATCH_TYPE_NAMES } from '#jobs';
import { ToInteger } from '../surfaces/shared/validation-helpers.js';

export class CreateWatchBody {
  @IsIn(WATCH_TYPE_NAMES) type!: string;
  /** A subscription uid (`middleware.subscription`) or a card id (`wallet.card`). */
  @IsString() @MaxLength(128) @Matches(/^[A-Za-z0-9_-]+$/) upstreamId!: string;
  /** When given, the object must be this partner's (else 404). */
  @IsOptional() @IsString() @MaxLength(64) @Matches(/^[A-Za-z0-9_-]+$/) partnerId?: string;
}

export class ListWatchesQuery {
  @IsOptional() @Matches(/^\d{1,15}$/, { message: 'cursor must be a value returned as nextCursor' }) cursor?: string;
  @IsOptional() @ToInteger() @IsInt() @Min(1) @Max(100) limit?: number;
}
