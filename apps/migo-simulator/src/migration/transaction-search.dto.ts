import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Max, Min } from 'class-validator';

export class TransactionSearchQuery {
  @IsOptional() @IsString() @IsNotEmpty() uid?: string;
  @IsOptional() @IsString() @IsNotEmpty() reference?: string;
  @IsOptional() @IsString() @IsNotEmpty() externalId?: string;
  @IsOptional() @IsString() @IsNotEmpty() client?: string;
  /** Matched case-insensitively (payment links are lower-case, alternative payments upper-case). */
  @IsOptional() @IsString() @IsNotEmpty() status?: string;
  /** Inclusive bounds on `createdAt`, ISO 8601. */
  @IsOptional() @IsISO8601() from?: string;
  @IsOptional() @IsISO8601() to?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) page: number = 1;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit: number = 20;
}

export const SEARCH_FILTERS = ['uid', 'reference', 'externalId', 'client', 'status', 'from', 'to'] as const;
