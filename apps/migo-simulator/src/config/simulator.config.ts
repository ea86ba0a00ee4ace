import { IsBoolean, IsIn, IsInt, IsNumber, IsString, IsUUID, Matches, Max, Min, MinLength, ValidateBy } from 'class-validator';
import { parseEd25519PublicKey } from '../core/ed25519.js';
import { EnvBool, EnvInt, EnvNumber } from '#common';

function IsEd25519PublicKey() {
  return ValidateBy({
    name: 'isEd25519PublicKey',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string') return false;
        try {
          return parseEd25519PublicKey(value).asymmetricKeyType === 'ed25519';
        } catch {
          return false;
        }
      },
      defaultMessage: () => 'SIM_MERCHANT_PUBLIC_KEY must be an Ed25519 public key (PEM, or base64 of the raw key or SPKI DER)',
    },
  });
}

/**
 * Environment of the simulator. Every variable is documented in .env.example.
 * The runtime-tunable subset (lifetimes, rates, delays) can also be changed with PATCH /__sim/config.
 */
export class SimulatorEnv {
  @EnvInt() @IsInt() @Min(0) @Max(65535) SIM_PORT = 4010;
  @IsString() SIM_HOST = '127.0.0.1';
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'silent']) SIM_LOG_LEVEL = 'warn';

  /** Merchant slug accepted by the Wallet `POST /auth/login` and the CMS `POST /app/auth/login`. */
  @IsString() @MinLength(1) SIM_MERCHANT_SLUG = 'migoDeveloper';
  /** Ed25519 public key (PEM, or base64 of the raw 32 bytes or of the SPKI DER) that login signatures are checked against. */
  @IsString({ message: 'SIM_MERCHANT_PUBLIC_KEY is required: the Ed25519 public key login signatures are checked against (npm start generates one)' })
  @IsEd25519PublicKey()
  SIM_MERCHANT_PUBLIC_KEY!: string;
  /** Middleware merchant token (64 hex characters) for payment links and alternative payments. */
  @Matches(/^[0-9a-f]{64}$/, { message: 'SIM_MW_MERCHANT_TOKEN must be 64 lowercase hex characters' })
  SIM_MW_MERCHANT_TOKEN!: string;
  /** Bearer JWT accepted on the Middleware /v1/... routes (Migo does not document how it is issued). */
  @IsString() @MinLength(16) SIM_MW_JWT!: string;
  /** Bearer JWT accepted by the migration gateway. */
  @IsString() @MinLength(16) SIM_MIGRATION_JWT!: string;

  @EnvInt() @IsInt() @Min(1) SIM_WALLET_ACCESS_TTL_SECONDS = 1800;
  @EnvInt() @IsInt() @Min(1) SIM_WALLET_REFRESH_TTL_SECONDS = 604800;
  @EnvInt() @IsInt() @Min(1) SIM_CMS_APP_ACCESS_TTL_SECONDS = 1800;
  @EnvInt() @IsInt() @Min(1) SIM_CMS_APP_REFRESH_TTL_SECONDS = 604800;
  @EnvInt() @IsInt() @Min(1) SIM_CMS_USER_ACCESS_TTL_SECONDS = 1800;
  @EnvInt() @IsInt() @Min(1) SIM_CMS_USER_REFRESH_TTL_SECONDS = 604800;
  @EnvInt() @IsInt() @Min(1) SIM_OTP_TTL_SECONDS = 300;
  @EnvInt() @IsInt() @Min(1) SIM_OTP_ELEVATION_SECONDS = 300;

  @EnvNumber() @IsNumber() @Min(0.1) SIM_UPLOAD_ROWS_PER_SECOND = 20;
  @EnvNumber() @IsNumber() @Min(0.1) SIM_CHARGE_ROWS_PER_SECOND = 50;
  @EnvInt() @IsInt() @Min(0) SIM_STATEMENT_READY_MS = 3000;
  @EnvInt() @IsInt() @Min(0) SIM_PAYMENT_LINK_SETTLE_MS = 15000;
  /** A refund or revert shows on its link this long after Migo answered it (0: at once). */
  @EnvInt() @IsInt() @Min(0) SIM_REFUND_SETTLE_MS = 0;
  @EnvInt() @IsInt() @Min(0) SIM_APM_SETTLE_MS = 15000;
  /** A time-scaled month: the period of scheduled renewals (schedule-renewals control route). */
  @EnvInt() @IsInt() @Min(10) SIM_RENEWAL_PERIOD_MS = 1000;
  /** Speed of the settlement clock (daily 23:30 UTC cutoff): 1 = real time, 86400 = a simulated day per second. */
  @EnvNumber() @IsNumber() @Min(1) SIM_SETTLEMENT_TIME_SCALE = 1;
  /**
   * Whether payment-history entries show `source` ({type, batchId|trackingId, row}), a field Migo's docs never show.
   * Off by default, as Migo answers as far as anyone knows; on for tests of the tiebreak it allows.
   */
  @EnvBool() @IsBoolean() SIM_PAYMENT_HISTORY_SOURCE = false;

  /** `privateKey` / `publicKey` pair accepted in the body of the browser-side `POST /transactions-hook`. */
  @IsUUID() SIM_MW_HOOK_PRIVATE_KEY = '7a9c2f1e-3b4d-4c5e-8f6a-1b2c3d4e5f60';
  @IsUUID() SIM_MW_HOOK_PUBLIC_KEY = '0f1e2d3c-4b5a-4968-8776-655443322110';
  /** Base of the hosted checkout URL returned by payment links (Migo: https://sandbox.migopayments.com). */
  @IsString() SIM_CHECKOUT_BASE_URL = 'https://sandbox.migopayments.com';
  /** Where the Merchant Generic Callback of payment links is POSTed (unsigned, no retries); empty: not sent. */
  @IsString() SIM_CALLBACK_URL = '';
  /** Where the subscription callback goes after each renewal (its body is an assumption: Migo documents none). */
  @IsString() SIM_SUBSCRIPTION_CALLBACK_URL = '';
}
