import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import type { CardInfo, CardVerificationRequest, DefaultPaymentMethod, NewPaymentMethod, PaymentMethodRemoval, SubscriptionUpdate } from '#middleware';

/** Migo requires both; an app restricted to one partner may leave `clientId` out (it is forced to that partner). */
export class ListSubscriptionsQuery {
  @IsString() @IsNotEmpty() userId!: string;
  @IsOptional() @IsString() @IsNotEmpty() clientId?: string;
}

/** Migo lets only `notificationEmail` change. */
export class UpdateSubscriptionBody implements SubscriptionUpdate {
  @IsString() @IsNotEmpty() subUid!: string;
  @IsEmail() notificationEmail!: string;
}

/**
 * The card to verify: the processor's token with its `last4` (Migo's "card data tokenized by the processor"), or, only
 * when ALLOW_RAW_CARD_DATA is on, the card itself (`cardNumber`, optional expiry and CVV; see raw-card-data.ts).
 * Messages never echo a value, so a PAN or CVV cannot end up in an error.
 */
export class CardInfoBody implements CardInfo {
  @ValidateIf((card: CardInfoBody) => card.token === undefined)
  @Matches(/^\d{12,19}$/, { message: 'send cardInfo.token and last4 (a cardNumber, 12 to 19 digits, is taken only where ALLOW_RAW_CARD_DATA is on)' })
  cardNumber?: string;
  @ValidateIf((card: CardInfoBody) => card.cardNumber === undefined) @IsString() @IsNotEmpty() token?: string;
  @ValidateIf((card: CardInfoBody) => card.token !== undefined) @Matches(/^\d{4}$/, { message: 'cardInfo.last4 must be 4 digits' }) last4?: string;
  @IsOptional() @IsInt() @Min(1) @Max(12) expirationMonth?: number;
  @IsOptional() @IsInt() @Min(2000) @Max(2100) expirationYear?: number;
  @IsOptional() @Matches(/^\d{3,4}$/, { message: 'cardInfo.cvv must be 3 or 4 digits' }) cvv?: string;
  @IsOptional() @IsString() holderName?: string;
  @IsOptional() @IsString() brand?: string;
}

/** verify-card; with `shouldCreateSubscription` it creates the subscription on `planUid`. */
export class VerifyCardBody implements CardVerificationRequest {
  /** A payment-link or alternative-payment uid; it names the client and the user. */
  @IsString() @IsNotEmpty() uid!: string;
  @IsString() @IsNotEmpty() processor!: string;
  @IsObject() @ValidateNested() @Type(() => CardInfoBody) cardInfo!: CardInfoBody;
  @IsBoolean() shouldCreateSubscription!: boolean;
  @ValidateIf((body: VerifyCardBody) => body.shouldCreateSubscription === true || body.planUid !== undefined)
  @IsString({ message: 'planUid is required when shouldCreateSubscription is true' })
  @IsNotEmpty()
  planUid?: string;
  @IsOptional() @IsEmail() notificationEmail?: string;
}

export class TokenizeDataBody {
  @IsString() @IsNotEmpty() userId!: string;
  @IsString() @IsNotEmpty() clientId!: string;
  @IsString() @IsNotEmpty() processorId!: string;
  /** The `card.cardId` verify-card answered. */
  @IsString() @IsNotEmpty() cardId!: string;
  @IsOptional() @IsString() alias?: string;
}

export class AddPaymentMethodBody implements NewPaymentMethod {
  @IsObject() @ValidateNested() @Type(() => TokenizeDataBody) tokenizeData!: TokenizeDataBody;
}

/** DELETE /v1/subscriptions/payment-methods (assumed body, see docs/upstream-assumptions.md). */
export class RemovePaymentMethodBody implements PaymentMethodRemoval {
  @IsString() @IsNotEmpty() userId!: string;
  @IsString() @IsNotEmpty() clientId!: string;
  @IsString() @IsNotEmpty() paymentMethodId!: string;
}

/** PUT /v1/subscriptions/payment-methods/set-default (assumed body). */
export class SetDefaultPaymentMethodBody implements DefaultPaymentMethod {
  @IsString() @IsNotEmpty() subUid!: string;
  @IsString() @IsNotEmpty() paymentMethodId!: string;
}
