import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';

/**
 * Card data for verify-card (assumed layout): either the card itself (`cardNumber`, only its last 4 digits are kept)
 * or a processor token with its `last4`. The CVV is checked for shape and then dropped.
 */
export class CardInfoBody {
  @IsOptional() @Matches(/^\d{12,19}$/, { message: 'cardInfo.cardNumber must be 12 to 19 digits' }) cardNumber?: string;
  @IsOptional() @IsString() @IsNotEmpty() token?: string;
  @IsOptional() @Matches(/^\d{4}$/, { message: 'cardInfo.last4 must be 4 digits' }) last4?: string;
  @IsOptional() @IsInt() @Min(1) @Max(12) expirationMonth?: number;
  @IsOptional() @IsInt() @Min(2000) @Max(2100) expirationYear?: number;
  @IsOptional() @Matches(/^\d{3,4}$/, { message: 'cardInfo.cvv must be 3 or 4 digits' }) cvv?: string;
  @IsOptional() @IsString() holderName?: string;
  @IsOptional() @IsString() brand?: string;
}

export class VerifyCardBody {
  /** A payment-link or alternative-payment transaction uid; it names the client and the user. */
  @IsString() @IsNotEmpty() uid!: string;
  @IsString() @IsNotEmpty() processor!: string;
  @IsObject() @ValidateNested() @Type(() => CardInfoBody) cardInfo!: CardInfoBody;
  @IsBoolean() shouldCreateSubscription!: boolean;
  @IsOptional() @IsString() @IsNotEmpty() planUid?: string;
  @IsOptional() @IsEmail() notificationEmail?: string;
}

export class ListSubscriptionsQuery {
  @IsString() @IsNotEmpty() userId!: string;
  @IsString() @IsNotEmpty() clientId!: string;
}

export class UpdateSubscriptionBody {
  @IsString() @IsNotEmpty() subUid!: string;
  @IsEmail() notificationEmail!: string;
}

export class TokenizeDataBody {
  @IsString() @IsNotEmpty() userId!: string;
  @IsString() @IsNotEmpty() clientId!: string;
  @IsString() @IsNotEmpty() processorId!: string;
  @IsString() @IsNotEmpty() cardId!: string;
  @IsOptional() @IsString() alias?: string;
}

export class AddPaymentMethodBody {
  @IsObject() @ValidateNested() @Type(() => TokenizeDataBody) tokenizeData!: TokenizeDataBody;
}

/** Body of DELETE /v1/subscriptions/payment-methods (assumed; Migo's was not readable). */
export class RemovePaymentMethodBody {
  @IsString() @IsNotEmpty() userId!: string;
  @IsString() @IsNotEmpty() clientId!: string;
  @IsString() @IsNotEmpty() paymentMethodId!: string;
}

/** Body of PUT /v1/subscriptions/payment-methods/set-default (assumed). */
export class SetDefaultPaymentMethodBody {
  @IsString() @IsNotEmpty() subUid!: string;
  @IsString() @IsNotEmpty() paymentMethodId!: string;
}
