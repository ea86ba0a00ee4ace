export interface AppLimits {
  maxTransactionAmount: number;
  dailyTransactionAmount: number;
  monthlyTransactionAmount: number;
}

export interface AppConfig {
  applicationId: string;
  name: string;
  merchant: string;
  permissions: string[];
  webhookUrl: string | null;
  limits: AppLimits;
  updatedAt: string;
}

export interface AppConfigPatch {
  name?: string;
  /** `null` clears the webhook. */
  webhookUrl?: string | null;
  limits?: Partial<AppLimits>;
}
