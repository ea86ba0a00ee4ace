import { ArrayMaxSize, ArrayMinSize, IsArray, Matches } from 'class-validator';

const BIN = /^\d{6,8}$/;
const BIN_MESSAGE = { message: 'bin must be 6 to 8 digits' };

/** POST /v1/verifications/bin (assumed): the BIN in the body, never in the URL. */
export class BinLookupBody {
  @Matches(BIN, BIN_MESSAGE) bin!: string;
}

/** POST /v1/verifications/bins (assumed): up to 100 BINs. */
export class BinBatchBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @Matches(BIN, { each: true, message: 'each of bins must be 6 to 8 digits' }) bins!: string[];
}
