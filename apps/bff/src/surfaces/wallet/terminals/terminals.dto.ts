import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { TerminalType, TerminalUpdate } from '#wallet-gateway';

/** A terminal cannot move to another branch: there is no branch field. */
export class UpdateTerminalBody implements TerminalUpdate {
  @IsBoolean() isActive!: boolean;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) newDeviceId?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) externalTerminalId?: string;
  @IsOptional() @IsIn(['tapToPhone', 'pos', 'mpos']) terminalType?: TerminalType;
}
