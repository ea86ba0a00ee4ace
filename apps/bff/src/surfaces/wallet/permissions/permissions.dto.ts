import { IsId } from '../../../http/ids.js';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

class PermissionDefinition {
  @IsString() @IsNotEmpty() @MaxLength(50) resource!: string;
  @IsString() @IsNotEmpty() @MaxLength(50) action!: string;
  @IsOptional() @IsString() @MaxLength(200) description?: string;
}

export class DefinePermissionsBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => PermissionDefinition) permissions!: PermissionDefinition[];
}

class PermissionGrantItem {
  @IsId() roleId!: number;
  @IsId() permissionId!: number;
  @IsBoolean() granted!: boolean;
}

/** Grants and revocations (`granted:false`) alike. */
export class PermissionGrantsBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => PermissionGrantItem) permissions!: PermissionGrantItem[];
}
