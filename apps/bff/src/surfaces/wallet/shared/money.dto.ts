import { IsBoundedObject } from '../../../http/bounded-json.js';
import { IsId } from '../../../http/ids.js';
import { IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsPositive, IsString, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { TRANSFER_STATUSES, type CardTransferRequest, type FundsAdjustmentRequest, type FundsOperation, type FundsOperationRequest, type TerminalPaymentRequest, type TerminalPaymentUpdate, type TransferStatus } from '#wallet-gateway';
import { AMOUNT_OPTIONS } from '../../shared/validation-helpers.js';
import { CURRENCY, CURRENCY_MESSAGE, IsDifferentFrom } from './field-rules.js';

const OPERATIONS: FundsOperation[] = ['ADD_FUNDS', 'WITHDRAW_FUNDS'];
const AMOUNT_MESSAGE = (field: string) => ({ message: `${field} must be a number with at most 4 decimals` });

class FundsBase {
  @IsNumber(AMOUNT_OPTIONS, AMOUNT_MESSAGE('amount')) @IsPositive() amount!: number;
  @IsIn(OPERATIONS) operation!: FundsOperation;
  @IsString() @IsNotEmpty() @MaxLength(100) reference!: string;
  /** Defaults to the card's currency at Migo. */
  @IsOptional() @Matches(CURRENCY, CURRENCY_MESSAGE) currency?: string;
}

/** `FundsOperationDto` (`POST /cards/{cardId}/funds`). */
export class FundsOperationBody extends FundsBase implements FundsOperationRequest {
  @IsString() @IsNotEmpty() @MaxLength(30) channel!: string;
  @IsOptional() @IsString() @MaxLength(50) description?: string;
  @IsOptional() @IsBoundedObject() customKeys?: Record<string, unknown>;
}

/** `CardAssingFundsDto` (sic; `PUT /cards/{cardId}/funds`). */
export class FundsAdjustmentBody extends FundsBase implements FundsAdjustmentRequest {
  @IsOptional() @IsString() @MaxLength(255) observations?: string;
}

export class CardTransferBody implements CardTransferRequest {
  @IsId() fromCardId!: number;
  @IsId() @IsDifferentFrom('fromCardId') toCardId!: number;
  @IsNumber(AMOUNT_OPTIONS, AMOUNT_MESSAGE('amount')) @IsPositive() amount!: number;
  @IsOptional() @IsString() @MaxLength(255) observations?: string;
}

const hasTerminalIdentifier = (body: TerminalPaymentBody) => body.externalTerminalId !== undefined || body.terminalId !== undefined || body.deviceId !== undefined;

/** `CreateTerminalPaymentInput`. The currency comes from the terminal, not the request. */
export class TerminalPaymentBody implements TerminalPaymentRequest {
  @IsNumber(AMOUNT_OPTIONS, AMOUNT_MESSAGE('subtotal')) @IsPositive() subtotal!: number;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) externalTerminalId?: string;
  /** Reported missing when no identifier at all is sent (Migo needs at least one of the three). */
  @ValidateIf((body: TerminalPaymentBody) => body.terminalId !== undefined || !hasTerminalIdentifier(body))
  @IsInt({ message: 'terminalId must be an integer; send at least one of externalTerminalId, terminalId or deviceId' })
  @Min(1)
  terminalId?: number;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) deviceId?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) operationId?: string;
  @IsOptional() @IsBoundedObject() additionalData?: Record<string, unknown>;
}

/** The only way to cancel, reverse or mark a terminal payment refunded. */
export class TerminalPaymentUpdateBody implements TerminalPaymentUpdate {
  @IsOptional() @IsString() @MaxLength(100) externalId?: string;
  @IsOptional() @IsNumber(AMOUNT_OPTIONS, AMOUNT_MESSAGE('totalAmount')) @IsPositive() totalAmount?: number;
  @IsOptional() @IsIn(TRANSFER_STATUSES) status?: TransferStatus;
  @IsOptional() @IsBoundedObject() additionalData?: Record<string, unknown>;
}
