import { IsDefined, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { FundsOperation } from '../../state/ledger.js';

const OPERATIONS: FundsOperation[] = ['ADD_FUNDS', 'WITHDRAW_FUNDS'];

/** `amount` is only required here; its value is checked by the Ledger's rules (7001 > 0, 7002 ≤ 4 decimals). */
class FundsBase {
  @IsDefined() amount!: number;
  @IsIn(OPERATIONS) operation!: FundsOperation;
  @IsString() @IsNotEmpty() @MaxLength(100) reference!: string;
  @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO-4217 code such as GTQ' }) currency?: string;
}

/** `FundsOperationDto` (POST /cards/{cardId}/funds). */
export class FundsOperationBody extends FundsBase {
  @IsString() @IsNotEmpty() @MaxLength(30) channel!: string;
  @IsOptional() @IsString() @MaxLength(50) description?: string;
  @IsOptional() @IsObject() customKeys?: Record<string, unknown>;
}

/** `CardAssingFundsDto` (sic; PUT /cards/{cardId}/funds): an issuer-side adjustment with a free-text note. */
export class FundsAdjustmentBody extends FundsBase {
  @IsOptional() @IsString() @MaxLength(255) observations?: string;
}
