import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SUSPENSION_LISTS, SUSPENSION_TYPES, type SuspensionList, type SuspensionType } from './suspension.js';

/** POST /v1/suspensions (assumed shape). */
export class CreateSuspensionBody {
  @IsString() @IsNotEmpty() client!: string;
  @IsIn(SUSPENSION_LISTS) list!: SuspensionList;
  @IsIn(SUSPENSION_TYPES) type!: SuspensionType;
  @IsString() @IsNotEmpty() @MaxLength(254) value!: string;
  @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

/** GET /v1/suspensions?client=&list=&page=&limit= (assumed). */
export class ListSuspensionsQuery {
  @IsString() @IsNotEmpty() client!: string;
  @IsOptional() @IsIn(SUSPENSION_LISTS) list?: SuspensionList;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}

/** DELETE /v1/suspensions/{id}?client= (assumed). */
export class RemoveSuspensionQuery {
  @IsString() @IsNotEmpty() client!: string;
}
