import Type from 'typebox';

export type PlanType = 'interval' | 'fixedDay' | 'anniversary' | 'automatic' | string;

export const PlanFrequency = Type.Object(
  {
    frequency: Type.Integer({ description: 'Days between renewals (0 on a fixed-day plan)' }),
    day: Type.Optional(Type.Integer()),
    shortDescription: Type.Optional(Type.String()),
    longDescription: Type.Optional(Type.String()),
  },
  { title: 'PlanFrequency', additionalProperties: true },
);
export type PlanFrequency = Type.Static<typeof PlanFrequency>;

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

export const Plan = Type.Object(
  {
    planUid: Type.String(),
    client: Type.String(),
    name: Type.String(),
    amount: Type.Number(),
    currency: Type.String(),
    type: Type.String({ description: 'interval | fixedDay | anniversary | automatic (open: Migo may add values)' }),
    frequency: PlanFrequency,
    methods: Type.Array(Type.String(), { description: 'Card processors a subscriber may verify with; empty = any' }),
    installments: Type.Array(Type.Integer()),
    autoRenewal: Type.Boolean(),
    dailyAttempts: Type.Integer({ description: 'Failed renewal attempts before the subscription becomes `inactive`' }),
    daysNotifyExpiringCard: Type.Integer(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'MiddlewarePlan', additionalProperties: true },
);
export type Plan = Type.Static<typeof Plan>;

export const PlanList = Type.Array(Plan, { title: 'MiddlewarePlanList' });
export type PlanList = Type.Static<typeof PlanList>;
