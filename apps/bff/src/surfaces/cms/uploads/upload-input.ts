import type { UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { looksLikeXlsx, rowsToXlsx, UploadFile } from '#cms';
import { ProblemError, ProblemType } from '#common';
import { OTP_PATTERN, validateRows } from '../../shared/validation-helpers.js';

/** More rows than this go as an .xlsx file (the JSON body limit is 1 MB anyway). */
export const MAX_JSON_ROWS = 5000;

export interface PreparedUpload {
  file: UploadFile;
  otp?: string;
  rows: number | undefined;
}

function otpFrom(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !OTP_PATTERN.test(value)) {
    throw ProblemError.of(400, ProblemType.validation, 'Invalid request', 'otp must be 6 digits', { errors: [{ field: 'otp', message: 'otp must be 6 digits' }] });
  }
  return value;
}

/**
 * An upload arrives either as Migo takes it (multipart, an .xlsx in `field`, optional `otp` form field) or as JSON
 * rows (`[...]` or `{rows:[...], otp?}`), validated row by row and written to an .xlsx here. Either way nothing
 * reaches Migo unless it is a real workbook.
 */
export async function prepareUpload<T extends object>(
  input: { file: UploadedMultipartFile | undefined; body: unknown; multipart: boolean },
  field: string,
  rowSchema: new () => T,
  columns: readonly string[],
): Promise<PreparedUpload> {
  if (input.multipart) {
    const fields = (input.body ?? {}) as Record<string, unknown>;
    if (!input.file?.buffer || input.file.size === 0) {
      throw ProblemError.of(400, ProblemType.validation, 'File required', `Attach the .xlsx file in the multipart field "${field}"`);
    }
    if (!looksLikeXlsx(input.file.buffer)) {
      throw ProblemError.of(415, ProblemType.unsupportedMediaType, 'Not an Excel workbook', 'Only .xlsx files are accepted (CSV and legacy .xls are refused by Migo)');
    }
    return { file: { bytes: input.file.buffer, filename: input.file.originalname || `${field}.xlsx` }, otp: otpFrom(fields.otp), rows: undefined };
  }
  const body = input.body as unknown;
  const rows = Array.isArray(body) ? body : (body as { rows?: unknown } | null)?.rows;
  const otp = Array.isArray(body) ? undefined : otpFrom((body as { otp?: unknown } | null)?.otp);
  if (!Array.isArray(body) && body && typeof body === 'object') {
    const unknown = Object.keys(body).filter((key) => key !== 'rows' && key !== 'otp');
    if (unknown.length > 0) throw ProblemError.of(400, ProblemType.validation, 'Invalid request', `Unknown field(s): ${unknown.join(', ')}`);
  }
  const valid = validateRows(rowSchema, rows, MAX_JSON_ROWS);
  const bytes = await rowsToXlsx(columns, valid as unknown as Array<Record<string, unknown>>);
  return { file: { bytes, filename: `${field}-${Date.now()}.xlsx` }, otp, rows: valid.length };
}

export function isMultipart(request: { headers: Record<string, string | string[] | undefined> }): boolean {
  return String(request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/');
}
