import type { UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { CONCILIATION_FILE_COLUMNS, looksLikeXlsx, UploadFile } from '#cms';
import { isCardNumberLike, ProblemError, ProblemType } from '#common';

/** The largest conciliation file the BFF forwards (larger → 413 from the upload interceptor). An assumption. */
export const MAX_CONCILIATION_FILE_BYTES = 5 * 1024 * 1024;
/** A 400 names at most this many rows with a card-number-like reference. */
const MAX_LISTED_ROWS = 20;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel']);

type FileKind = 'csv' | 'xlsx';

function invalid(title: string, detail: string, errors?: Array<{ field: string; message: string }>): ProblemError {
  return ProblemError.of(400, ProblemType.validation, title, detail, errors ? { errors } : {});
}

/** By the file name's extension, else by its declared content type; a generic type (octet-stream) says nothing. */
function declaredKind(file: UploadedMultipartFile): FileKind | undefined {
  const name = (file.originalname ?? '').toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv')) return 'csv';
  const type = (file.mimetype ?? '').split(';')[0].trim().toLowerCase();
  if (type === XLSX_TYPE) return 'xlsx';
  if (CSV_TYPES.has(type)) return 'csv';
  return undefined;
}

/** Header names and the reference column's cells of a CSV. Nothing of the content reaches a log or an error. */
function csvColumns(bytes: Buffer): { header: string[]; references: string[] } {
  if (bytes.includes(0) || looksLikeXlsx(bytes)) throw invalid('Not a CSV file', 'The file is named or typed as CSV but is binary');
  let records: string[][];
  try {
    records = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch {
    throw invalid('Invalid CSV', 'The file is not valid CSV (RFC 4180)');
  }
  const header = records[0] ?? [];
  const column = header.indexOf('reference');
  return { header, references: records.slice(1).map((record) => record[column] ?? '') };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  if (typeof value !== 'object' || value instanceof Date) return String(value).trim();
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

/** Header names and the reference column's cells of a workbook's first sheet. */
async function xlsxColumns(bytes: Buffer): Promise<{ header: string[]; references: string[] }> {
  if (!looksLikeXlsx(bytes)) throw invalid('Not an Excel workbook', 'The file is named or typed as .xlsx but is not an Excel workbook (legacy .xls is not accepted)');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw invalid('Not an Excel workbook', 'The file could not be read as an Excel workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalid('Not an Excel workbook', 'The workbook has no worksheet');
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => (header[column - 1] = cellText(cell.value)));
  const column = header.indexOf('reference') + 1;
  const references: string[] = [];
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    if (!row.hasValues) continue;
    references.push(column > 0 ? cellText(row.getCell(column).value) : '');
  }
  return { header: header.map((name) => name ?? ''), references };
}

/**
 * Checks a conciliation file before anything goes to Migo: a CSV or .xlsx (by name or type, confirmed by content),
 * within the size limit, with the required header columns, at least one data row, and no card-number-like value in
 * the reference column (a PAN must never travel here). Every refusal is a 400 problem that names rows, never values.
 */
export async function checkConciliationFile(file: UploadedMultipartFile | undefined): Promise<UploadFile> {
  if (!file?.buffer || file.size === 0) throw invalid('File required', 'Attach the conciliation file (CSV or .xlsx) in the multipart field "file"');
  const kind = declaredKind(file);
  if (!kind) throw invalid('Unsupported file type', 'The conciliation file must be a .csv or an .xlsx file');
  const { header, references } = kind === 'csv' ? csvColumns(file.buffer) : await xlsxColumns(file.buffer);

  const missing = CONCILIATION_FILE_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw invalid('Invalid header', `The header row must name the columns ${CONCILIATION_FILE_COLUMNS.join(', ')} (status is optional); missing: ${missing.join(', ')}`);
  }
  if (references.length === 0) throw invalid('Empty file', 'The file has a header row but no data rows');
  const panRows = references.flatMap((reference, index) => (isCardNumberLike(reference) ? [index + 1] : []));
  if (panRows.length > 0) {
    throw invalid(
      'Card numbers in the file',
      `${panRows.length} row(s) hold a card-number-like value in the reference column; send Migo payment references, never card numbers. Nothing was uploaded`,
      panRows.slice(0, MAX_LISTED_ROWS).map((row) => ({ field: `rows[${row}].reference`, message: 'looks like a card number' })),
    );
  }
  const filename = file.originalname && /\.(csv|xlsx)$/i.test(file.originalname) ? file.originalname : `conciliation.${kind}`;
  return { bytes: file.buffer, filename, contentType: kind === 'csv' ? 'text/csv' : XLSX_TYPE };
}
