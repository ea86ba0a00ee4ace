import { IsArray, IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';
import type { NewPaymentLink, RefundRequest, RevertRequest } from '#middleware';
import { CURRENCY, CURRENCY_MESSAGE, IsMiddlewareAmount } from '../shared/field-rules.js';

/** POST /transactions. `client` is the partner; `currency` defaults to the client's at Migo. */
export class PaymentLinkBody implements NewPaymentLink {
  @IsMiddlewareAmount() amount!: number;
  @IsString() @IsNotEmpty() userId!: string;
  /** Free-form at Migo: `wa`, `web`, `pos`, `mobile`… */
  @IsString() @IsNotEmpty() channel!: string;
  @IsString() @IsNotEmpty() client!: string;
  @IsOptional() @Matches(CURRENCY, CURRENCY_MESSAGE) currency?: string;
  /** The merchant's order id; unique per client at Migo (409 otherwise). */
  @IsOptional() @IsString() @IsNotEmpty() externalId?: string;
  @IsOptional() @IsArray() ads?: unknown[];
  @IsOptional() @IsString() @IsNotEmpty() createdBy?: string;
}

/** POST /revert: `processor` must be the one that charged the link (see its lookup). */
export class RevertBody implements RevertRequest {
  @IsString() @IsNotEmpty() transactionUid!: string;
  @IsString() @IsNotEmpty() processor!: string;
}

/** POST /refund: without `amount`, everything still refundable. */
export class RefundBody extends RevertBody implements RefundRequest {
  @IsOptional() @IsMiddlewareAmount() amount?: number;
}
