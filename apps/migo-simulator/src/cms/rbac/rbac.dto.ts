import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,49}$/;

export class NewPermission {
  @Matches(NAME, { message: 'resource must be a name such as cardholders or cards-admin' }) resource!: string;
  @Matches(NAME, { message: 'action must be a name such as list or addFunds' }) action!: string;
  @IsOptional() @IsString() @MaxLength(200) description?: string;
}

export class CreatePermissionsBody {
  @IsArray() @ArrayNotEmpty() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => NewPermission) permissions!: NewPermission[];
}

/** A grant is always for one partner (Migo has no global grants). */
export class PermissionGrant {
  @Type(() => Number) @IsInt() @Min(1) permissionId!: number;
  @IsString() @IsNotEmpty() partnerId!: string;
}

export class PermissionGrantsBody {
  @IsArray() @ArrayNotEmpty() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => PermissionGrant) permissions!: PermissionGrant[];
  /** Inline OTP, read by the OTP gate. */
  @IsOptional() @IsString() otp?: string;
}
