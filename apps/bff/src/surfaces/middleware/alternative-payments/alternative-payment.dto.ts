import { IsBoundedObject } from '../../../http/bounded-json.js';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import type { AlternativePaymentRequest, NewAlternativePayment } from '#middleware';
import { IsMiddlewareAmount } from '../shared/field-rules.js';

/** POST /api/v1/integrations/transactions. Migo also checks the amount against the client's min/max. */
export class AlternativePaymentBody implements NewAlternativePayment {
  @IsMiddlewareAmount() amount!: number;
  @IsString() @IsNotEmpty() channel!: string;
  @IsString() @IsNotEmpty() client!: string;
  @IsString() @IsNotEmpty() userId!: string;
  /** Free-form merchant keys, e.g. `{orderId}`. */
  @IsOptional() @IsBoundedObject() customKeys?: Record<string, unknown>;
}

export class PaymentIntentsBody {
  @IsString() @IsNotEmpty() processor!: string;
}

/** Rail-specific inputs: `user`/`phoneNumber` for fri and nequi, `installments` for bamPaymentButton. */
export class RailDataBody {
  @IsOptional() @IsString() @IsNotEmpty() user?: string;
  @IsOptional() @IsString() @IsNotEmpty() phoneNumber?: string;
  @IsOptional() @IsInt() @Min(1) installments?: number;
}

/** `data` is required by Migo but may be `{}`. */
export class RailPaymentBody implements AlternativePaymentRequest {
  @IsString() @IsNotEmpty() processor!: string;
  @IsObject() @ValidateNested() @Type(() => RailDataBody) data!: RailDataBody;
}

/** Migo ignores the dismiss body; the BFF accepts only a short reason, forwarded as is. */
export class DismissBody {
  @IsOptional() @IsString() @MaxLength(200) reason?: string;
}
