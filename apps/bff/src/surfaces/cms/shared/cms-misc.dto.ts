import { IsId } from '../../../http/ids.js';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { OTP_PATTERN } from '../../shared/validation-helpers.js';

export class OtpRequestBody {
  @IsEmail() email!: string;
  @IsString() @IsNotEmpty() @MaxLength(50) purpose!: string;
}

export class OtpVerifyBody extends OtpRequestBody {
  @Matches(OTP_PATTERN, { message: 'otp must be 6 digits' }) otp!: string;
}

class NewPermission {
  @Matches(/^[A-Za-z][A-Za-z0-9_-]{0,49}$/) resource!: string;
  @Matches(/^[A-Za-z][A-Za-z0-9_-]{0,49}$/) action!: string;
  @IsOptional() @IsString() @MaxLength(200) description?: string;
}

export class CreatePermissionsBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => NewPermission) permissions!: NewPermission[];
}

class Grant {
  @IsId() permissionId!: number;
  @IsString() @IsNotEmpty() partnerId!: string;
}

export class GrantsBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => Grant) permissions!: Grant[];
  @IsOptional() @Matches(OTP_PATTERN, { message: 'otp must be 6 digits' }) otp?: string;
}

export class ReviewProcessRequestBody {
  @IsIn(['approved', 'rejected']) status!: 'approved' | 'rejected';
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}
