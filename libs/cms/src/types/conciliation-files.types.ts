import Type from 'typebox';
import { Nullable } from '#common';

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
export const ConciliationEntry = Type.Object(
  {
    row: Nullable(Type.Integer()),
    status: Type.String({ description: `${CONCILIATION_STATUSES.join(' | ')} (open)` }),
    reference: Nullable(Type.String()),
    date: Nullable(Type.String()),
    fileAmount: Nullable(Type.Number()),
    fileCurrency: Nullable(Type.String()),
    fileStatus: Nullable(Type.String()),
    migoUid: Nullable(Type.String()),
    migoAmount: Nullable(Type.Number()),
    migoCurrency: Nullable(Type.String()),
    reason: Nullable(Type.String()),
  },
  { title: 'CmsConciliationEntry', additionalProperties: true },
);
export type ConciliationEntry = Type.Static<typeof ConciliationEntry>;
