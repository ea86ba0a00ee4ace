import { IsNotEmpty, IsString } from 'class-validator';

export class WalletLoginBody {
  @IsString() @IsNotEmpty() merchant!: string;
  /** base64 Ed25519 signature of the merchant slug (see core/ed25519.ts). */
  @IsString() @IsNotEmpty() signature!: string;
}

export class RefreshBody {
  @IsString() @IsNotEmpty() refreshToken!: string;
}
