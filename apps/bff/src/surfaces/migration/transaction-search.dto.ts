import { IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Max, Min } from 'class-validator';
import type { TransactionSearchQuery } from '#migration';
import { ToInteger } from '../shared/validation-helpers.js';

/** The filters Migo's search takes; at least one of them is required (checked in the controller). */
export const SEARCH_FILTERS = ['uid', 'reference', 'externalId', 'client', 'status', 'from', 'to'] as const;

export class TransactionSearchQueryDto implements TransactionSearchQuery {
  @IsOptional() @IsString() @IsNotEmpty() uid?: string;
  @IsOptional() @IsString() @IsNotEmpty() reference?: string;
  @IsOptional() @IsString() @IsNotEmpty() externalId?: string;
  /** The Middleware client (= partner); forced for an app restricted to one partner. */
  @IsOptional() @IsString() @IsNotEmpty() client?: string;
  /** Either case (payment links are lower-case, alternative payments upper-case). */
  @IsOptional() @IsString() @IsNotEmpty() status?: string;
  /** Inclusive ISO 8601 bounds on `createdAt`. */
  @IsOptional() @IsISO8601() from?: string;
  @IsOptional() @IsISO8601() to?: string;
  @IsOptional() @ToInteger() @IsInt() @Min(1) page?: number;
  @IsOptional() @ToInteger() @IsInt() @Min(1) @Max(100) limit?: number;
}
