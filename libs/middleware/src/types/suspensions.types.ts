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

export interface SuspensionEntry extends NewSuspension {
  id: string;
  createdAt: string;
}

export interface SuspensionQuery {
  client: string;
  list?: SuspensionList;
  page?: number;
  limit?: number;
}

export interface SuspensionPage {
  items: SuspensionEntry[];
  total: number;
  page: number;
  limit: number;
}
