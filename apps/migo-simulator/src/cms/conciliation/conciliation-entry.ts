/**
 * The conciliation file's layout and the outcome of reconciling it (the simulator's choice: Migo documents no
 * conciliation upload; see "Conciliation files" in docs/upstream-assumptions.md).
 */

/** Required header columns, by exact name, in any order. */
export const CONCILIATION_COLUMNS = ['reference', 'amount', 'currency', 'date'] as const;
/** Read when present: the processor's own status of the payment, echoed in the result, not matched on. */
export const OPTIONAL_CONCILIATION_COLUMNS = ['status'] as const;

export type ConciliationStatus = 'matched' | 'amount-mismatch' | 'missing-at-migo' | 'missing-in-file' | 'invalid';

export const CONCILIATION_STATUSES: readonly ConciliationStatus[] = ['matched', 'amount-mismatch', 'missing-at-migo', 'missing-in-file', 'invalid'];

/**
 * One entry of the result: a file row (`row` 1-based among its non-blank data rows) or a payment Migo has that the
 * file lacks (`row: null`, `status: 'missing-in-file'`). `file*` fields are what the file said, `migo*` what Migo has.
 */
export interface ConciliationEntry {
  row: number | null;
  status: ConciliationStatus;
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
