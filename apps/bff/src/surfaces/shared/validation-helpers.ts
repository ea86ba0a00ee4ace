import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ProblemError, ProblemType } from '#common';
import { flattenValidationErrors } from '../../http/validation.js';

/** Amounts: positive, at most 4 decimals (Migo's 7001/7002 rules, checked before any upstream call). */
export const AMOUNT_OPTIONS = { maxDecimalPlaces: 4, allowNaN: false, allowInfinity: false } as const;

/**
 * Integers from query strings, path params and form fields: only plain decimal digits become numbers, so `5e3`,
 * `0x10` or `12abc` stay strings and fail `@IsInt()` (class-transformer's `Number()` would have accepted the first two).
 */
export function ToInteger(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : value));
}

/** A one-time code is six digits. */
export const OTP_PATTERN = /^\d{6}$/;

export class OtpBody {
  @IsOptional() @Matches(OTP_PATTERN, { message: 'otp must be 6 digits' }) otp?: string;
}

export class PageQuery {
  @IsOptional() @ToInteger() @IsInt() @Min(1) page?: number;
  @IsOptional() @ToInteger() @IsInt() @Min(1) @Max(100) limit?: number;
}

/**
 * Validates an array of rows against a DTO class; throws one 400 listing every bad row with its index and field.
 * Used where the body is not a single DTO (JSON rows converted to Excel).
 */
export function validateRows<T extends object>(schema: new () => T, rows: unknown, maxRows: number): T[] {
  if (!Array.isArray(rows) || rows.length === 0) {
    throw ProblemError.of(400, ProblemType.validation, 'Invalid request', 'Send a non-empty JSON array of rows, or an .xlsx file as multipart');
  }
  if (rows.length > maxRows) throw ProblemError.of(400, ProblemType.validation, 'Invalid request', `At most ${maxRows} rows per upload`);
  const errors: Array<{ index: number; field: string; message: string }> = [];
  const valid = rows.map((row, index) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      errors.push({ index, field: '', message: 'each row must be an object' });
      return undefined as unknown as T;
    }
    const instance = plainToInstance(schema, row);
    const problems = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
    for (const problem of flattenValidationErrors(problems)) errors.push({ index, ...problem });
    return instance;
  });
  if (errors.length > 0) {
    const badRows = new Set(errors.map((e) => e.index)).size;
    throw ProblemError.of(400, ProblemType.validation, 'Invalid rows', `${badRows} of ${rows.length} rows are invalid; nothing was uploaded`, { errors });
  }
  return valid;
}
