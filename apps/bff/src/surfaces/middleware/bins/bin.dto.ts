import { ArrayMaxSize, ArrayMinSize, IsArray, Matches, ValidateIf, Validate, ValidatorConstraint, ValidatorConstraintInterface, ValidationArguments } from 'class-validator';
import { BIN_PATTERN } from '../shared/card-digits.js';

@ValidatorConstraint({ name: 'binOrCardNumber' })
class OneOfBinOrCardNumber implements ValidatorConstraintInterface {
  validate(_value: unknown, args: ValidationArguments): boolean {
    const body = args.object as BinLookupBody;
    return (body.bin === undefined) !== (body.cardNumber === undefined);
  }

  defaultMessage(): string {
    return 'send exactly one of bin and cardNumber';
  }
}

/**
 * `POST /v1/middleware/bins/lookup`: a BIN, or a card number of which only the BIN is sent on (never logged, recorded
 * nor echoed). Messages never repeat the value.
 */
export class BinLookupBody {
  @ValidateIf((body: BinLookupBody) => body.bin !== undefined || body.cardNumber === undefined)
  @Matches(BIN_PATTERN, { message: 'bin must be 6 to 8 digits' })
  bin?: string;

  @ValidateIf((body: BinLookupBody) => body.cardNumber !== undefined)
  @Matches(/^\d{12,19}$/, { message: 'cardNumber must be 12 to 19 digits' })
  @Validate(OneOfBinOrCardNumber)
  cardNumber?: string;
}

/** `POST /v1/middleware/bins/lookup-batch`: up to 100 BINs (duplicates are asked once). */
export class BinBatchBody {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(BIN_PATTERN, { each: true, message: 'each of bins must be 6 to 8 digits' })
  bins!: string[];
}
