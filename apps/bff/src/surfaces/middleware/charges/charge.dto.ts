import { IsBoundedJson } from '../../../http/bounded-json.js';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsOptional, IsString, ValidateNested } from 'class-validator';
import type { ChargeBatchRequest, ChargeRequestRow } from '#middleware';
import { IsMiddlewareAmount } from '../shared/field-rules.js';

/** Migo's cap on one on-demand batch. */
export const MAX_CHARGE_ROWS = 5000;

export class ChargeRowBody implements ChargeRequestRow {
  @IsString() @IsNotEmpty() subscriptionId!: string;
  @IsMiddlewareAmount() amount!: number;
  /** Free-form; Migo copies it to the payment-history entry. */
  @IsOptional() @IsBoundedJson() metadata?: unknown;
}

export class ChargeBatchBody implements ChargeBatchRequest {
  @IsString() @IsNotEmpty() client!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_CHARGE_ROWS) @ValidateNested({ each: true }) @Type(() => ChargeRowBody) data!: ChargeRowBody[];
}

/** `clientId` of a CSV upload: a form field or a query parameter, as Migo takes it (the form field wins). */
export class CsvUploadFields {
  @IsOptional() @IsString() @IsNotEmpty() clientId?: string;
}

export class PaymentHistoryQuery {
  @IsString() @IsNotEmpty() subscriptionId!: string;
}
