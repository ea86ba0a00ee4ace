import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class CmsLoginBody {
  @IsEmail() @MaxLength(254) email!: string;
  @IsString() @MinLength(1) @MaxLength(256) password!: string;
}
