import Type from 'typebox';

/** Fraud lists per client (`/v1/suspensions`, assumed: Migo documents only the "Suspensions" tag). */
export type SuspensionList = 'block' | 'allow';
export type SuspensionType = 'card-fingerprint' | 'bin' | 'email' | 'phone' | 'document';

export interface NewSuspension {
  client: string;
  list: SuspensionList;
  type: SuspensionType;
  value: string;
  reason: string;
}

export const SuspensionEntry = Type.Object(
  {
    id: Type.String(),
    client: Type.String(),
    list: Type.String({ description: 'block | allow' }),
    type: Type.String({ description: 'card-fingerprint | bin | email | phone | document' }),
    value: Type.String({ description: 'Normalized: e-mails lower-case, phones without separators, documents upper-case' }),
    reason: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'SuspensionEntry', additionalProperties: true },
);
export type SuspensionEntry = Type.Static<typeof SuspensionEntry>;

export interface SuspensionQuery {
  client: string;
  list?: SuspensionList;
  page?: number;
  limit?: number;
}

export const SuspensionPage = Type.Object(
  { items: Type.Array(SuspensionEntry), total: Type.Integer(), page: Type.Integer(), limit: Type.Integer() },
  { title: 'SuspensionPage', additionalProperties: true },
);
export type SuspensionPage = Type.Static<typeof SuspensionPage>;
