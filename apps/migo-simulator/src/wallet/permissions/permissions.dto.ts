import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';

export class PermissionDefinition {
  @IsString() @IsNotEmpty() @MaxLength(50) resource!: string;
  @IsString() @IsNotEmpty() @MaxLength(50) action!: string;
  @IsOptional() @IsString() @MaxLength(200) description?: string;
}

export class DefinePermissionsBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => PermissionDefinition) permissions!: PermissionDefinition[];
}

export class PermissionGrant {
  @IsInt() @Min(1) roleId!: number;
  @IsInt() @Min(1) permissionId!: number;
  @IsBoolean() granted!: boolean;
}

export class GrantPermissionsBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => PermissionGrant) permissions!: PermissionGrant[];
}
