import { IsArray, IsNotEmpty, IsNumber, IsOptional, IsString, Matches } from 'class-validator';

/** Body of POST /transactions. `currency` defaults to the client's; `externalId` is unique per client. */
export class CreatePaymentLinkBody {
  @IsNumber({ allowNaN: false, allowInfinity: false }) amount!: number;
  @IsString() @IsNotEmpty() userId!: string;
  @IsString() @IsNotEmpty() channel!: string;
  @IsString() @IsNotEmpty() client!: string;
  @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' }) currency?: string;
  @IsOptional() @IsString() @IsNotEmpty() externalId?: string;
  @IsOptional() @IsArray() ads?: unknown[];
  @IsOptional() @IsString() createdBy?: string;
}

/** Body of POST /transactions-hook: the same fields plus the browser key pair. */
export class CreatePaymentLinkHookBody extends CreatePaymentLinkBody {
  @IsString() privateKey!: string;
  @IsString() publicKey!: string;
}

/** Query of the assumed `GET /transactions`: a client's links with one merchant order id. */
export class PaymentLinkSearchQuery {
  @IsString() @IsNotEmpty() client!: string;
  @IsString() @IsNotEmpty() externalId!: string;
}
