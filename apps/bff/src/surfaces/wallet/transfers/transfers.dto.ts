import { IsId } from '../../../http/ids.js';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import type { TransferTypeDefinition } from '#wallet-gateway';
import { ToInteger } from '../../shared/validation-helpers.js';

/** `GET /cards/{cardId}/transfers/{month}/{year}`: Migo's own rules (month 1–12, leading zero allowed; year 4 digits). */
export class MonthlyTransfersParams {
  @ToInteger() @IsId() cardId!: number;
  @Matches(/^(0?[1-9]|1[0-2])$/, { message: 'month must be 1 to 12' }) month!: string;
  @Matches(/^\d{4}$/, { message: 'year must be four digits' }) year!: string;
}

class TransferTypeItem implements TransferTypeDefinition {
  /** Migo's open-ended `TransferType` (posPurchase, topUp, …). */
  @IsString() @IsNotEmpty() @MaxLength(60) type!: string;
  @IsIn(['financialNetwork', 'webService']) channel!: 'financialNetwork' | 'webService';
  @IsIn(['debit', 'credit']) movementType!: 'debit' | 'credit';
  @IsIn(['settlement', 'reversed']) model!: 'settlement' | 'reversed';
  @IsOptional() @IsString() @MaxLength(100) name?: string;
}

/** `CreateTransferTypeDto`. */
export class TransferTypesBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => TransferTypeItem) types!: TransferTypeItem[];
}
