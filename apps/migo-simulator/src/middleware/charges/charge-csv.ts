import type { UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { mwErrors } from '../shared/mw-errors.js';
import { parseCsv } from './csv.js';

/** Larger files are refused by the upload interceptor (charges.controller.ts). */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;
const REQUIRED = ['subscriptionId', 'amount'];
const ALLOWED = new Set([...REQUIRED, 'metadata']);

/** One data row of a charges CSV; `row` is 1-based among the data rows (the header is not counted). */
export interface CsvChargeRow {
  row: number;
  cells: Record<string, string>;
}

/**
 * Reads an uploaded charges CSV (assumed layout: header `subscriptionId,amount[,metadata]`, any column order).
 * The file itself is checked at once (400 / 5000); the rows are judged later, one by one, when charged.
 */
export function readChargeCsv(file: UploadedMultipartFile | undefined): CsvChargeRow[] {
  if (!file?.buffer || file.size === 0) throw mwErrors.invalid('A non-empty .csv file is required in the multipart field "file".');
  if (!/\.csv$/i.test(file.originalname)) throw mwErrors.invalid('Only .csv files are accepted.');
  const records = parseCsv(file.buffer.toString('utf8'));
  if (!records) throw mwErrors.invalid('The file is not valid CSV (unterminated quoted field).');
  const header = (records[0] ?? []).map((name) => name.trim());
  const missing = REQUIRED.filter((name) => !header.includes(name));
  const unknown = header.filter((name) => !ALLOWED.has(name));
  if (missing.length > 0 || unknown.length > 0 || new Set(header).size !== header.length) {
    throw mwErrors.invalid('The header row must be subscriptionId,amount with an optional metadata column.');
  }
  const rows: CsvChargeRow[] = [];
  for (const record of records.slice(1)) {
    if (record.every((cell) => cell.trim() === '')) continue;
    rows.push({ row: rows.length + 1, cells: Object.fromEntries(header.map((name, i) => [name, record[i] ?? ''])) });
  }
  if (rows.length === 0) throw mwErrors.invalid('The file has a header row but no data rows.');
  return rows;
}
