import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CmsAppLoginBody {
  @IsString() @IsNotEmpty() merchant!: string;
  /** base64 Ed25519 signature of the merchant slug; the docs' example sends none, so it is optional (checked when sent). */
  @IsOptional() @IsString() @IsNotEmpty() signature?: string;
}

export class CmsRefreshBody {
  @IsString() @IsNotEmpty() refreshToken!: string;
}

export class CmsUserLoginBody {
  @IsEmail() email!: string;
  @IsString() @IsNotEmpty() @MaxLength(200) password!: string;
}

export class CmsOtpRequestBody {
  @IsEmail() email!: string;
  @IsString() @IsNotEmpty() @MaxLength(50) purpose!: string;
}

export class CmsOtpVerifyBody {
  @IsEmail() email!: string;
  @Matches(/^\d{6}$/, { message: 'otp must be a 6-digit code' }) otp!: string;
  @IsString() @IsNotEmpty() @MaxLength(50) purpose!: string;
}
