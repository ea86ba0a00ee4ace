/**
 * Conciliation files: Migo documents no such upload; the layout, statuses and entry fields are assumptions kept in
 * step with the simulator (docs/upstream-assumptions.md, "Conciliation files").
 */

/** The header columns a conciliation file must have (exact names, any order). */
export const CONCILIATION_FILE_COLUMNS = ['reference', 'amount', 'currency', 'date'] as const;
/** Optional columns, read when present. */
export const OPTIONAL_CONCILIATION_FILE_COLUMNS = ['status'] as const;

export const CONCILIATION_STATUSES = ['matched', 'amount-mismatch', 'missing-at-migo', 'missing-in-file', 'invalid'] as const;
export type ConciliationStatus = (typeof CONCILIATION_STATUSES)[number];

/** One entry of a reconciled file: a file row, or (`row: null`) a captured payment the file lacks. */
export interface ConciliationEntry {
  row: number | null;
  status: ConciliationStatus | string;
  reference: string | null;
  date: string | null;
  fileAmount: number | null;
  fileCurrency: string | null;
  fileStatus: string | null;
  migoUid: string | null;
  migoAmount: number | null;
  migoCurrency: string | null;
  reason: string | null;
}
