import type { UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { ProblemError, ProblemType } from '#common';
import type { ChargeRow } from '#jobs';
import { parse } from 'csv-parse/sync';

/** Migo's limit on a charges CSV (larger files are refused with 413 by the upload interceptor). */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;
/** A 400 lists at most this many row problems (and says how many rows are bad in all). */
const MAX_LISTED_ERRORS = 100;

const REQUIRED = ['subscriptionId', 'amount'];
const ALLOWED = new Set([...REQUIRED, 'metadata']);
/** A positive amount with at most 4 decimals, written as plain digits (what Migo charges; anything else it skips). */
const AMOUNT = /^\d+(\.\d{1,4})?$/;

export interface RowError {
  row: number;
  field: string;
  message: string;
}

function invalid(title: string, detail: string, errors?: RowError[]): ProblemError {
  return ProblemError.of(400, ProblemType.validation, title, detail, errors ? { errors } : {});
}

/** RFC 4180 records (quoted commas, line breaks and doubled quotes; CRLF or LF; BOM ignored); blank lines kept as empty. */
function csvRecords(bytes: Buffer): string[][] {
  try {
    return parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw invalid('Invalid CSV', `The file is not valid CSV: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * Reads a charges CSV the way Migo does (header `subscriptionId,amount[,metadata]` in any order, RFC 4180, blank lines
 * skipped) and checks every row first: Migo skips invalid rows silently, so one bad row refuses the whole file here.
 * `row` is 1-based among the non-blank data rows, which is how Migo's payment history names a CSV row.
 */
export function readChargesCsv(file: UploadedMultipartFile | undefined): { rows: ChargeRow[]; filename: string; bytes: Buffer } {
  if (!file?.buffer || file.size === 0) throw invalid('File required', 'Attach the charges CSV in the multipart field "file"');
  const records = csvRecords(file.buffer);
  const header = (records[0] ?? []).map((name) => name.trim());
  const missing = REQUIRED.filter((name) => !header.includes(name));
  const unknown = header.filter((name) => !ALLOWED.has(name));
  if (missing.length > 0 || unknown.length > 0 || new Set(header).size !== header.length) {
    throw invalid('Invalid CSV header', 'The header row must be subscriptionId,amount with an optional metadata column, each once');
  }

  const rows: ChargeRow[] = [];
  const errors: RowError[] = [];
  for (const record of records.slice(1)) {
    if (record.every((cell) => cell.trim() === '')) continue;
    const row = rows.length + 1;
    const cells = Object.fromEntries(header.map((name, i) => [name, (record[i] ?? '').trim()]));
    if (record.length > header.length) errors.push({ row, field: 'row', message: `has ${record.length} cells but the header has ${header.length}` });
    if (cells.subscriptionId === '') errors.push({ row, field: 'subscriptionId', message: 'subscriptionId is required' });
    const amount = Number(cells.amount);
    if (!AMOUNT.test(cells.amount) || amount <= 0) errors.push({ row, field: 'amount', message: 'amount must be a number greater than zero with at most 4 decimals' });
    rows.push({ row, subscriptionId: cells.subscriptionId, amount });
  }
  if (rows.length === 0) throw invalid('Invalid CSV', 'The file has a header row but no data rows');
  if (errors.length > 0) {
    const badRows = new Set(errors.map((e) => e.row)).size;
    throw invalid('Invalid rows', `${badRows} of ${rows.length} rows are invalid; nothing was uploaded`, errors.slice(0, MAX_LISTED_ERRORS));
  }
  const filename = /\.csv$/i.test(file.originalname ?? '') ? file.originalname : 'charges.csv';
  return { rows, filename, bytes: file.buffer };
}
