export type PlanType = 'interval' | 'fixedDay' | 'anniversary' | 'automatic' | string;

export interface PlanFrequency {
  frequency: number;
  day?: number;
  shortDescription?: string;
  longDescription?: string;
}

export interface PlanSettings {
  type?: PlanType;
  methods?: string[];
  installments?: number[];
  autoRenewal?: boolean;
  dailyAttempts?: number;
  daysNotifyExpiringCard?: number;
}

export interface PlanFields extends PlanSettings {
  name: string;
  amount: number;
  currency: string;
  frequency: PlanFrequency;
}

export interface NewPlan {
  plan: PlanFields;
  client: string;
}

export interface PlanUpdate {
  planUid: string;
  plan: Partial<PlanFields>;
  client: string;
}

export interface Plan extends Required<PlanSettings> {
  planUid: string;
  client: string;
  name: string;
  amount: number;
  currency: string;
  frequency: PlanFrequency;
  createdAt: string;
  updatedAt: string;
}
