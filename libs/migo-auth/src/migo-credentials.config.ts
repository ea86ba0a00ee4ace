import { IsBoolean, IsEmail, IsOptional, IsString, Matches, MinLength, ValidateBy, ValidateIf } from 'class-validator';
import { readFileSync } from 'node:fs';
import { EnvBool } from '#common';
import { parseEd25519PrivateKey } from './login-signature.js';

function loadsAsEd25519(read: (value: string) => string, what: string) {
  return ValidateBy({
    name: 'isEd25519PrivateKey',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string') return false;
        try {
          parseEd25519PrivateKey(read(value));
          return true;
        } catch {
          return false;
        }
      },
      defaultMessage: () => `${what} must hold an Ed25519 private key in PKCS#8 PEM form`,
    },
  });
}

/** The credentials the BFF holds for Migo. Secrets come from the environment or files; none is committed. */
export class MigoCredentialsEnv {
  @IsString() @MinLength(1) MIGO_MERCHANT_SLUG = 'migoDeveloper';

  /** The Ed25519 private key that signs application logins, as PEM text… */
  @ValidateIf((env: MigoCredentialsEnv) => !env.MIGO_MERCHANT_PRIVATE_KEY_FILE)
  @IsString({ message: 'set MIGO_MERCHANT_PRIVATE_KEY (PEM) or MIGO_MERCHANT_PRIVATE_KEY_FILE (path)' })
  @loadsAsEd25519((v) => v, 'MIGO_MERCHANT_PRIVATE_KEY')
  MIGO_MERCHANT_PRIVATE_KEY?: string;

  /** …or the path of a PEM file (preferred: keeps the key out of the process environment). */
  @IsOptional()
  @loadsAsEd25519((path) => readFileSync(path, 'utf8'), 'MIGO_MERCHANT_PRIVATE_KEY_FILE')
  MIGO_MERCHANT_PRIVATE_KEY_FILE?: string;

  /** The Wallet application id, sent as the `applicationId` header on /configs (not a secret). */
  @IsString() @Matches(/^[A-Za-z0-9_.-]{1,64}$/) MIGO_APPLICATION_ID = 'app_migo_demo';

  /** The docs' CMS app-login example has no signature; send one anyway unless this is false. */
  @EnvBool() @IsBoolean() MIGO_CMS_APP_LOGIN_SIGNED = true;

  /** The default CMS operator: a service account whose session the BFF keeps. */
  @IsEmail() MIGO_CMS_OPERATOR_EMAIL!: string;
  @IsString() @MinLength(1) MIGO_CMS_OPERATOR_PASSWORD!: string;

  /** Long-lived Middleware merchant token (64 hex characters). */
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'MIGO_MW_MERCHANT_TOKEN must be 64 hex characters' }) MIGO_MW_MERCHANT_TOKEN!: string;
  /** Bearer JWT for the Middleware /v1/... routes; how Migo issues it is undocumented, so it is configured. */
  @IsString() @MinLength(16) MIGO_MW_JWT!: string;
  /** Bearer JWT for the migration gateway (only used when MIGO_MIGRATION_BASE_URL is set). */
  @IsOptional() @IsString() @MinLength(16) MIGO_MIGRATION_JWT?: string;
}

export function merchantPrivateKeyPem(env: MigoCredentialsEnv): string {
  return env.MIGO_MERCHANT_PRIVATE_KEY_FILE ? readFileSync(env.MIGO_MERCHANT_PRIVATE_KEY_FILE, 'utf8') : env.MIGO_MERCHANT_PRIVATE_KEY!;
}
