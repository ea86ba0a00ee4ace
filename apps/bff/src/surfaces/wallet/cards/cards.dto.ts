import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsPan } from '../shared/field-rules.js';

const ALIAS_MAX = 30;

export class LinkCardQuery {
  /** The partner that issued the card; checked against the app's allow-list. */
  @IsString() @IsNotEmpty() @MaxLength(64) clientId!: string;
}

/** `ExternalLinkCardUserDto`: the PAN arrives here and goes nowhere but Migo. */
export class LinkCardBody {
  @IsPan() card!: string;
  @IsOptional() @IsString() @MaxLength(ALIAS_MAX) alias?: string;
}

export class CardStatusBody {
  @IsIn(['active', 'blocked']) status!: 'active' | 'blocked';
}

export class CardAliasBody {
  @IsString() @IsNotEmpty() @MaxLength(ALIAS_MAX) alias!: string;
}

/** `CardPinDto`: write-only, never answered or logged. */
export class CardPinBody {
  @IsString() @Matches(/^\d{4,6}$/, { message: 'pin must be a numeric string of 4 to 6 digits' }) pin!: string;
}

/** `AssignThirdPartyCardPayloadDto`. */
export class LinkThirdPartyCardBody {
  @IsEmail() email!: string;
  @Matches(/^\d{4}$/, { message: 'suffix must be the last 4 digits of the card' }) suffix!: string;
  @IsString() @IsNotEmpty() @MaxLength(ALIAS_MAX) alias!: string;
}

/** `UpdateThirdPartyCardDto`. */
export class RenameLinkedCardBody {
  @IsString() @IsNotEmpty() @MaxLength(ALIAS_MAX) alias!: string;
}
