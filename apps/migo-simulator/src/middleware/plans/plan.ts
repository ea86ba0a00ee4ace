import { fromUnits } from '../../core/money.js';

export const PLAN_TYPES = ['interval', 'fixedDay', 'anniversary', 'automatic'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

export interface PlanFrequency {
  frequency: number;
  day?: number;
  shortDescription?: string;
  longDescription?: string;
}

export interface Plan {
  planUid: string;
  client: string;
  name: string;
  amountUnits: number;
  currency: string;
  type: PlanType;
  frequency: PlanFrequency;
  /** Card processors a subscriber may verify with; empty = any. */
  methods: string[];
  installments: number[];
  autoRenewal: boolean;
  /** Failed renewal attempts before the subscription becomes `inactive`. */
  dailyAttempts: number;
  daysNotifyExpiringCard: number;
  createdAt: string;
  updatedAt: string;
}

/** Days between two renewals: `frequency.frequency`, or 30 when it is 0 (a fixed-day plan). */
export function renewalPeriodDays(plan: Plan): number {
  return plan.frequency.frequency > 0 ? plan.frequency.frequency : 30;
}

export function planView(plan: Plan) {
  const { amountUnits, ...rest } = plan;
  return { ...rest, amount: fromUnits(amountUnits), frequency: { ...plan.frequency }, methods: [...plan.methods], installments: [...plan.installments] };
}
