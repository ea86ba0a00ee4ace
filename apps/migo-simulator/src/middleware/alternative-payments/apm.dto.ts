import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, Min, ValidateNested } from 'class-validator';

export class CreateApmTransactionBody {
  @IsNumber({ allowNaN: false, allowInfinity: false }) amount!: number;
  @IsString() @IsNotEmpty() channel!: string;
  @IsString() @IsNotEmpty() client!: string;
  @IsString() @IsNotEmpty() userId!: string;
  /** Free-form merchant keys (e.g. `{orderId}`), kept with the transaction. */
  @IsOptional() @IsObject() customKeys?: Record<string, unknown>;
}

export class PaymentIntentsBody {
  @IsString() @IsNotEmpty() processor!: string;
}

export class ApmPaymentData {
  @IsOptional() @IsString() @IsNotEmpty() user?: string;
  @IsOptional() @IsString() @IsNotEmpty() phoneNumber?: string;
  @IsOptional() @IsInt() @Min(1) installments?: number;
}

/** Body of `.../payments`: `data` is required but may be `{}`. */
export class ApmPaymentBody {
  @IsString() @IsNotEmpty() processor!: string;
  @IsObject() @ValidateNested() @Type(() => ApmPaymentData) data!: ApmPaymentData;
}
