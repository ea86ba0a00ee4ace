import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';

export class CardTransferBody {
  @IsInt() @Min(1) fromCardId!: number;
  @IsInt() @Min(1) toCardId!: number;
  /** Checked by the Ledger's amount rules (7001 / 7002). */
  @IsDefined() amount!: number;
  @IsOptional() @IsString() @MaxLength(255) observations?: string;
}

export const TRANSFER_CHANNELS = ['financialNetwork', 'webService'] as const;
export const MOVEMENT_TYPES = ['debit', 'credit'] as const;
export const TRANSFER_MODELS = ['settlement', 'reversed'] as const;

/** `TransferTypeDto`. `type` is Migo's open-ended `TransferType` (posPurchase, topUp, …), so any name is accepted. */
export class TransferTypeItem {
  @IsString() @IsNotEmpty() @MaxLength(60) type!: string;
  @IsIn(TRANSFER_CHANNELS) channel!: (typeof TRANSFER_CHANNELS)[number];
  @IsIn(MOVEMENT_TYPES) movementType!: (typeof MOVEMENT_TYPES)[number];
  @IsIn(TRANSFER_MODELS) model!: (typeof TRANSFER_MODELS)[number];
  @IsOptional() @IsString() @MaxLength(100) name?: string;
}

/** `CreateTransferTypeDto`. */
export class CreateTransferTypesBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => TransferTypeItem) types!: TransferTypeItem[];
}
