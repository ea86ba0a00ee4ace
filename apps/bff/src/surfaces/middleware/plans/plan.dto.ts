import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import type { NewPlan, PlanFields, PlanFrequency, PlanSettings, PlanUpdate } from '#middleware';
import { CURRENCY, CURRENCY_MESSAGE, IsMiddlewareAmount } from '../shared/field-rules.js';

const PLAN_TYPES = ['interval', 'fixedDay', 'anniversary', 'automatic'];

export class PlanFrequencyBody implements PlanFrequency {
  /** Days between charges; 0 for fixed-day plans. */
  @IsInt() @Min(0) frequency!: number;
  @IsOptional() @IsInt() @Min(1) @Max(31) day?: number;
  @IsOptional() @IsString() shortDescription?: string;
  @IsOptional() @IsString() longDescription?: string;
}

class PlanSettingsBody implements PlanSettings {
  /** Lower camelCase, as Migo asks (its spec example shows upper case). */
  @IsOptional() @IsIn(PLAN_TYPES) type?: string;
  /** Card processor slugs a subscriber may verify with; empty means any. */
  @IsOptional() @IsArray() @IsString({ each: true }) @IsNotEmpty({ each: true }) methods?: string[];
  @IsOptional() @IsArray() @IsInt({ each: true }) @Min(1, { each: true }) installments?: number[];
  @IsOptional() @IsBoolean() autoRenewal?: boolean;
  @IsOptional() @IsInt() @Min(0) dailyAttempts?: number;
  @IsOptional() @IsInt() @Min(0) daysNotifyExpiringCard?: number;
}

export class PlanFieldsBody extends PlanSettingsBody implements PlanFields {
  @IsString() @IsNotEmpty() name!: string;
  @IsMiddlewareAmount() amount!: number;
  @Matches(CURRENCY, CURRENCY_MESSAGE) currency!: string;
  @IsObject() @ValidateNested() @Type(() => PlanFrequencyBody) frequency!: PlanFrequencyBody;
}

export class PlanPatchBody extends PlanSettingsBody implements Partial<PlanFields> {
  @IsOptional() @IsString() @IsNotEmpty() name?: string;
  @IsOptional() @IsMiddlewareAmount() amount?: number;
  @IsOptional() @Matches(CURRENCY, CURRENCY_MESSAGE) currency?: string;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => PlanFrequencyBody) frequency?: PlanFrequencyBody;
}

/** POST /v1/plans: `{plan, client}`. */
export class CreatePlanBody implements NewPlan {
  @IsObject() @ValidateNested() @Type(() => PlanFieldsBody) plan!: PlanFieldsBody;
  @IsString() @IsNotEmpty() client!: string;
}

/** PUT /v1/plans: the plan's uid and any subset of its fields (assumed shape, see docs/upstream-assumptions.md). */
export class UpdatePlanBody implements PlanUpdate {
  @IsString() @IsNotEmpty() planUid!: string;
  @IsObject() @ValidateNested() @Type(() => PlanPatchBody) plan!: PlanPatchBody;
  @IsString() @IsNotEmpty() client!: string;
}

/** Migo requires `client`; an app restricted to one partner may leave it out (it is forced to that partner). */
export class ListPlansQuery {
  @IsOptional() @IsString() @IsNotEmpty() client?: string;
}
