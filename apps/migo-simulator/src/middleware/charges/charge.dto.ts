import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';

const MAX_CHARGE_ROWS = 5000;

export class ChargeRowBody {
  @IsString() @IsNotEmpty() subscriptionId!: string;
  @IsNumber({ allowNaN: false, allowInfinity: false }) amount!: number;
  /** Free-form; copied to the payment-history entry. */
  @IsOptional() metadata?: unknown;
}

export class ChargeBatchBody {
  @IsString() @IsNotEmpty() client!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_CHARGE_ROWS) @ValidateNested({ each: true }) @Type(() => ChargeRowBody) data!: ChargeRowBody[];
}

/** `clientId` of the CSV upload, as a form field or a query parameter. */
export class CsvUploadFields {
  @IsOptional() @IsString() @IsNotEmpty() clientId?: string;
}

export class PaymentHistoryQuery {
  @IsString() @IsNotEmpty() subscriptionId!: string;
}
