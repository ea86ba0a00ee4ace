import type { UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { parse } from 'csv-parse/sync';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { readUploadedSheet, SheetRow } from '../uploads/xlsx-sheet.js';
import { CONCILIATION_COLUMNS, OPTIONAL_CONCILIATION_COLUMNS } from './conciliation-entry.js';

/** The largest conciliation file taken (the multipart limit answers 413 above it). */
export const MAX_CONCILIATION_FILE_BYTES = 5 * 1024 * 1024;

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function checkParameters(message: string): MigoBusinessError {
  return new MigoBusinessError('7000', message);
}

/** RFC 4180 CSV (BOM ignored, blank lines skipped) keyed by the header row's names. */
function readCsv(bytes: Buffer, filename: string): SheetRow[] {
  if (bytes.includes(0)) throw MigoBusinessError.named('INVALID_FILE', `"${filename}" is neither a CSV text file nor an .xlsx workbook.`);
  let records: string[][];
  try {
    records = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch {
    throw MigoBusinessError.named('INVALID_FILE', `"${filename}" is not valid CSV.`);
  }
  const header = records[0] ?? [];
  const missing = CONCILIATION_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) throw checkParameters(`The header row is missing the columns: ${missing.join(', ')}. Expected: ${CONCILIATION_COLUMNS.join(', ')}.`);
  const read = [...CONCILIATION_COLUMNS, ...OPTIONAL_CONCILIATION_COLUMNS].filter((column) => header.includes(column));
  const rows = records.slice(1).flatMap((record) => {
    const row: SheetRow = {};
    for (const column of read) {
      const text = record[header.indexOf(column)];
      if (text) row[column] = text;
    }
    return Object.keys(row).length > 0 ? [row] : [];
  });
  if (rows.length === 0) throw checkParameters('The file has a header row but no data rows.');
  return rows;
}

/** A conciliation file in the multipart field `file`: an .xlsx workbook (first sheet) or a CSV, told apart by content. */
export async function readConciliationFile(file: UploadedMultipartFile | undefined): Promise<SheetRow[]> {
  if (!file?.buffer || file.size === 0) throw checkParameters('A non-empty CSV or .xlsx file is required in the multipart field "file".');
  if (file.buffer.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) {
    return readUploadedSheet(file, 'file', CONCILIATION_COLUMNS, OPTIONAL_CONCILIATION_COLUMNS);
  }
  return readCsv(file.buffer, file.originalname);
}
