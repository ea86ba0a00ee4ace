import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, Min } from 'class-validator';
import { SimulatorEnv } from './simulator.config.js';

/** The knobs a test or an integrator may turn at run time (PATCH /__sim/config). Reset restores the env values. */
export class SimSettingsPatch {
  @IsOptional() @IsInt() @Min(1) walletAccessTtlSeconds?: number;
  @IsOptional() @IsInt() @Min(1) walletRefreshTtlSeconds?: number;
  @IsOptional() @IsInt() @Min(1) cmsAppAccessTtlSeconds?: number;
  @IsOptional() @IsInt() @Min(1) cmsAppRefreshTtlSeconds?: number;
  @IsOptional() @IsInt() @Min(1) cmsUserAccessTtlSeconds?: number;
  @IsOptional() @IsInt() @Min(1) cmsUserRefreshTtlSeconds?: number;
  @IsOptional() @IsInt() @Min(1) otpTtlSeconds?: number;
  @IsOptional() @IsInt() @Min(1) otpElevationSeconds?: number;
  @IsOptional() @IsNumber() @Min(0.1) uploadRowsPerSecond?: number;
  @IsOptional() @IsNumber() @Min(0.1) chargeRowsPerSecond?: number;
  @IsOptional() @IsInt() @Min(0) statementReadyMs?: number;
  @IsOptional() @IsInt() @Min(0) paymentLinkSettleMs?: number;
  @IsOptional() @IsInt() @Min(0) apmSettleMs?: number;
  /** A time-scaled month: the period of scheduled renewals (POST /__sim/middleware/subscriptions/:subUid/schedule-renewals). */
  @IsOptional() @IsInt() @Min(10) renewalPeriodMs?: number;
  @IsOptional() @IsInt() @Min(0) refundSettleMs?: number;
  /** Payment-history entries carry the simulator's invented `source` (off by default: Migo documents no such field). */
  @IsOptional() @IsBoolean() paymentHistorySource?: boolean;
  /** Where payment links' Merchant Generic Callback goes ('' = nowhere). */
  @IsOptional() @IsString() callbackUrl?: string;
  /** Where the subscription callback (`subsCallback`) goes after each renewal ('' = nowhere). */
  @IsOptional() @IsString() subscriptionCallbackUrl?: string;
}

export type SimSettingsValues = Required<SimSettingsPatch>;

export function settingsFromEnv(env: SimulatorEnv): SimSettingsValues {
  return {
    walletAccessTtlSeconds: env.SIM_WALLET_ACCESS_TTL_SECONDS,
    walletRefreshTtlSeconds: env.SIM_WALLET_REFRESH_TTL_SECONDS,
    cmsAppAccessTtlSeconds: env.SIM_CMS_APP_ACCESS_TTL_SECONDS,
    cmsAppRefreshTtlSeconds: env.SIM_CMS_APP_REFRESH_TTL_SECONDS,
    cmsUserAccessTtlSeconds: env.SIM_CMS_USER_ACCESS_TTL_SECONDS,
    cmsUserRefreshTtlSeconds: env.SIM_CMS_USER_REFRESH_TTL_SECONDS,
    otpTtlSeconds: env.SIM_OTP_TTL_SECONDS,
    otpElevationSeconds: env.SIM_OTP_ELEVATION_SECONDS,
    uploadRowsPerSecond: env.SIM_UPLOAD_ROWS_PER_SECOND,
    chargeRowsPerSecond: env.SIM_CHARGE_ROWS_PER_SECOND,
    statementReadyMs: env.SIM_STATEMENT_READY_MS,
    paymentLinkSettleMs: env.SIM_PAYMENT_LINK_SETTLE_MS,
    apmSettleMs: env.SIM_APM_SETTLE_MS,
    renewalPeriodMs: env.SIM_RENEWAL_PERIOD_MS,
    refundSettleMs: env.SIM_REFUND_SETTLE_MS,
    paymentHistorySource: env.SIM_PAYMENT_HISTORY_SOURCE,
    callbackUrl: env.SIM_CALLBACK_URL,
    subscriptionCallbackUrl: env.SIM_SUBSCRIPTION_CALLBACK_URL,
  };
}
