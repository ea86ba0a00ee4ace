export interface ChargeRequestRow {
  subscriptionId: string;
  amount: number;
  metadata?: unknown;
}

export interface ChargeBatchRequest {
  client: string;
  data: ChargeRequestRow[];
}

export interface ChargeBatchAccepted {
  clientId: string;
  batchId: string;
  totals: { received?: number; accepted?: number; rejected?: number; [key: string]: unknown };
  /** Up to 10 rows refused up front; `index` is the 0-based position in `data`. */
  errorsSample: Array<{ index?: number; subscriptionId?: string; message: string; [key: string]: unknown }>;
}

export interface ChargesCsvUpload {
  clientId: string;
  bytes: Buffer;
  filename: string;
}

/** `trackingId` is at the top level of Migo's answer (no `data`); the envelope parser lifts it out. */
export interface ChargesCsvAccepted {
  trackingId: string;
}

export interface PaymentHistoryQuery {
  subscriptionId: string;
}

/** Where a charge came from (the simulator's addition: it is how a batch or CSV row is matched to its outcome). */
export interface ChargeSource {
  type: 'scheduled' | 'on-demand' | 'csv' | string;
  batchId?: string;
  trackingId?: string;
  row?: number;
}

export interface PaymentHistoryEntry {
  uid: string;
  subscriptionId: string;
  amount: number;
  currency: string;
  status: 'approved' | 'denied' | string;
  reason?: string;
  createdAt: string;
  source?: ChargeSource;
  metadata?: unknown;
}
