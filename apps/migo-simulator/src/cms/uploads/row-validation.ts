import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { BUSINESS_CODES } from '../../core/error-codes.js';
import { MigoBusinessError } from '../../core/sim-errors.js';

export interface RowError {
  field: string;
  message: string;
  code: string;
}

export type RowValidation<T> = { ok: true; value: T } | { ok: false; errors: RowError[] };

/**
 * Validates one spreadsheet row with the same DTO class (and the same class-validator rules) the JSON route uses
 * through the global ValidationPipe, so a row passes exactly when the single request would.
 */
export function validateRow<T extends object>(dto: new () => T, row: Record<string, unknown>): RowValidation<T> {
  const value = plainToInstance(dto, row);
  const problems = validateSync(value, { whitelist: true });
  if (problems.length === 0) return { ok: true, value };
  return {
    ok: false,
    errors: problems.flatMap((problem) => Object.values(problem.constraints ?? {}).map((message) => ({ field: problem.property, message, code: '7000' }))),
  };
}

/**
 * A refusal of a row (unknown card, duplicate document…) as a row error on the field it concerns. Anything that is
 * not a business error is reported as 7003 on the row, so one broken row never stops the batch.
 */
export function rowErrorOf(error: unknown, fieldByCode: Record<string, string>): RowError {
  if (error instanceof MigoBusinessError) return { field: fieldByCode[error.code] ?? 'row', message: error.message, code: error.code };
  return { field: 'row', message: BUSINESS_CODES.get('7003')!.message, code: '7003' };
}
