import { IsISO4217CurrencyCode, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** One row of the card upload (Migo's column layout is not readable; `alias,currency` is the simulator's). */
export class IssueCardRow {
  @IsString() @IsNotEmpty() @MaxLength(50) alias!: string;
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code (e.g. GTQ)' }) currency!: string;
}

export const CARD_COLUMNS = ['alias', 'currency'] as const;
