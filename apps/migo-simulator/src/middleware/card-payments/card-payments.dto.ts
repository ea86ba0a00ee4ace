import { IsNotEmpty, IsNumber, IsOptional, IsString } from 'class-validator';

export class RevertBody {
  @IsString() @IsNotEmpty() transactionUid!: string;
  @IsString() @IsNotEmpty() processor!: string;
}

export class RefundBody extends RevertBody {
  /** Part of the amount to refund; everything still refundable when omitted. */
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) amount?: number;
}
