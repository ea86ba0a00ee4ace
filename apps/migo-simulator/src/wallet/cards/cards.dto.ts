import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsPan } from './pan.js';

export const CARD_ALIAS_MAX = 30;

/** `ExternalLinkCardUserDto`. */
export class LinkCardBody {
  @IsPan() card!: string;
  @IsOptional() @IsString() @MaxLength(CARD_ALIAS_MAX) alias?: string;
}

export class CardStatusBody {
  @IsIn(['active', 'blocked']) status!: 'active' | 'blocked';
}

export class CardAliasBody {
  @IsString() @IsNotEmpty() @MaxLength(CARD_ALIAS_MAX) alias!: string;
}

/** `CardPinDto`. */
export class CardPinBody {
  @IsString() @Matches(/^\d{4,6}$/, { message: 'pin must be a numeric string of 4 to 6 digits' }) pin!: string;
}

/** `AssignThirdPartyCardPayloadDto`. */
export class LinkThirdPartyCardBody {
  @IsEmail() email!: string;
  @Matches(/^\d{4}$/, { message: 'suffix must be the last 4 digits of the card' }) suffix!: string;
  @IsString() @IsNotEmpty() @MaxLength(CARD_ALIAS_MAX) alias!: string;
}

/** `UpdateThirdPartyCardDto`. */
export class RenameThirdPartyCardBody {
  @IsString() @IsNotEmpty() @MaxLength(CARD_ALIAS_MAX) alias!: string;
}
