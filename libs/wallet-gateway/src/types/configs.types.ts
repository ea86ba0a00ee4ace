import Type from 'typebox';
import { DateTime, named, Nullable } from '#common';

export const AppLimits = named(
  Type.Object(
    { maxTransactionAmount: Type.Number(), dailyTransactionAmount: Type.Number(), monthlyTransactionAmount: Type.Number() },
    { title: 'WalletAppLimits', additionalProperties: true },
  ),
);
export type AppLimits = Type.Static<typeof AppLimits>;

export const AppConfig = named(
  Type.Object(
    {
      applicationId: Type.String(),
      name: Type.String(),
      merchant: Type.String(),
      permissions: Type.Array(Type.String(), { description: 'Application permissions (`USER_REGISTRATION`, `FILE_UPLOAD`); read-only through the API' }),
      webhookUrl: Nullable(Type.String()),
      limits: AppLimits,
      updatedAt: DateTime(),
    },
    { title: 'WalletAppConfig', additionalProperties: true },
  ),
);
export type AppConfig = Type.Static<typeof AppConfig>;

export interface AppConfigPatch {
  name?: string;
  /** `null` clears the webhook. */
  webhookUrl?: string | null;
  limits?: Partial<AppLimits>;
}
