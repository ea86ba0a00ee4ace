import { Allow, IsBoolean, IsDefined, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import type { TransferStatus } from '../../state/ledger.js';
import { CARD_TRANSFER_STATUSES } from '../shared/enums.js';
import { TERMINAL_TYPES, type TerminalType } from './terminals.store.js';

/** A terminal cannot move to another branch: there is no branch field. */
export class UpdateTerminalBody {
  @IsBoolean() isActive!: boolean;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) newDeviceId?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) externalTerminalId?: string;
  @IsOptional() @IsIn(TERMINAL_TYPES) terminalType?: TerminalType;
}

/** `CreateTerminalPaymentInput`: at least one terminal identifier; the currency comes from the terminal. */
export class CreateTerminalPaymentBody {
  /** Checked by the Ledger's amount rules (7001 / 7002). */
  @IsDefined() subtotal!: number;
  @IsOptional() @IsString() @IsNotEmpty() externalTerminalId?: string;
  @IsOptional() @IsInt() @Min(1) terminalId?: number;
  @IsOptional() @IsString() @IsNotEmpty() deviceId?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) operationId?: string;
  @IsOptional() @IsObject() additionalData?: Record<string, unknown>;
}

export class UpdateTerminalPaymentBody {
  @IsOptional() @IsString() @MaxLength(100) externalId?: string;
  /** Checked by the Ledger's amount rules when present. */
  @IsOptional() @Allow() totalAmount?: number;
  @IsOptional() @IsIn(CARD_TRANSFER_STATUSES) status?: TransferStatus;
  @IsOptional() @IsObject() additionalData?: Record<string, unknown>;
}
