import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PLAN_TYPES, type PlanType } from './plan.js';

export class PlanFrequencyBody {
  /** Days between charges (interval plans); 0 for fixed-day plans. */
  @IsInt() @Min(0) frequency!: number;
  @IsOptional() @IsInt() @Min(1) @Max(31) day?: number;
  @IsOptional() @IsString() shortDescription?: string;
  @IsOptional() @IsString() longDescription?: string;
}

/** The optional plan settings, shared by create and update. */
class PlanSettingsBody {
  @IsOptional() @IsIn(PLAN_TYPES) type?: PlanType;
  @IsOptional() @IsArray() @IsString({ each: true }) methods?: string[];
  @IsOptional() @IsArray() @IsInt({ each: true }) @Min(1, { each: true }) installments?: number[];
  @IsOptional() @IsBoolean() autoRenewal?: boolean;
  @IsOptional() @IsInt() @Min(0) dailyAttempts?: number;
  @IsOptional() @IsInt() @Min(0) daysNotifyExpiringCard?: number;
}

export class PlanFieldsBody extends PlanSettingsBody {
  @IsString() @IsNotEmpty() name!: string;
  @IsNumber({ allowNaN: false, allowInfinity: false }) amount!: number;
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' }) currency!: string;
  @IsObject() @ValidateNested() @Type(() => PlanFrequencyBody) frequency!: PlanFrequencyBody;
}

export class PlanPatchBody extends PlanSettingsBody {
  @IsOptional() @IsString() @IsNotEmpty() name?: string;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) amount?: number;
  @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' }) currency?: string;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => PlanFrequencyBody) frequency?: PlanFrequencyBody;
}

export class CreatePlanBody {
  @IsObject() @ValidateNested() @Type(() => PlanFieldsBody) plan!: PlanFieldsBody;
  @IsString() @IsNotEmpty() client!: string;
}

/** Body of PUT /v1/plans (assumed: Migo shows only that the route exists). */
export class UpdatePlanBody {
  @IsString() @IsNotEmpty() planUid!: string;
  @IsObject() @ValidateNested() @Type(() => PlanPatchBody) plan!: PlanPatchBody;
  @IsString() @IsNotEmpty() client!: string;
}

export class ListPlansQuery {
  @IsString() @IsNotEmpty() client!: string;
}
