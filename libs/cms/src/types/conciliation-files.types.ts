import Type from 'typebox';
import { nullable } from './schema-parts.js';

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
    row: nullable(Type.Integer()),
    status: Type.String({ description: `${CONCILIATION_STATUSES.join(' | ')} (open)` }),
    reference: nullable(Type.String()),
    date: nullable(Type.String()),
    fileAmount: nullable(Type.Number()),
    fileCurrency: nullable(Type.String()),
    fileStatus: nullable(Type.String()),
    migoUid: nullable(Type.String()),
    migoAmount: nullable(Type.Number()),
    migoCurrency: nullable(Type.String()),
    reason: nullable(Type.String()),
  },
  { title: 'CmsConciliationEntry', additionalProperties: true },
);
export type ConciliationEntry = Type.Static<typeof ConciliationEntry>;
