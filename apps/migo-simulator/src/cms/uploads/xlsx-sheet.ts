import type { UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import ExcelJS from 'exceljs';
import { MigoBusinessError } from '../../core/sim-errors.js';

/** An .xlsx is a ZIP archive; a legacy .xls is an OLE2 compound file. */
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** One data row, keyed by the documented column names; empty cells are absent. */
export type SheetRow = Record<string, string>;

function checkParameters(message: string): MigoBusinessError {
  return new MigoBusinessError('7000', message);
}

function invalidFile(message: string): MigoBusinessError {
  return MigoBusinessError.named('INVALID_FILE', message);
}

/** A cell as the text a person typed: dates as YYYY-MM-DD, numbers without exponent, links and formulas by their text. */
function cellText(value: ExcelJS.CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value).trim() || undefined;
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim() || undefined;
  if ('hyperlink' in value) return cellText(value.text);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return undefined;
}

/**
 * Reads the first worksheet of an uploaded workbook. Refuses a missing file (7000), anything but a real .xlsx
 * (7503: CSV, legacy .xls, a renamed text file, a corrupt archive), a header row without the documented columns
 * (7000, listing them) and a sheet without data rows (7000). Blank rows are skipped. `optional` columns are read
 * when the header has them.
 */
export async function readUploadedSheet(file: UploadedMultipartFile | undefined, field: string, columns: readonly string[], optional: readonly string[] = []): Promise<SheetRow[]> {
  if (!file?.buffer || file.size === 0) throw checkParameters(`A non-empty .xlsx file is required in the multipart field "${field}".`);
  const bytes = file.buffer;
  if (bytes.subarray(0, OLE2_SIGNATURE.length).equals(OLE2_SIGNATURE)) {
    throw invalidFile('Legacy .xls workbooks are not accepted: save the file as .xlsx (Excel Workbook).');
  }
  if (!bytes.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) {
    throw invalidFile(`Only .xlsx files are accepted: "${file.originalname}" is not an Excel workbook (CSV and text files are refused).`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw invalidFile(`Only .xlsx files are accepted: "${file.originalname}" could not be read as an Excel workbook.`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalidFile(`The workbook "${file.originalname}" has no worksheet.`);

  const header = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const name = cellText(cell.value);
    if (name !== undefined && !header.has(name)) header.set(name, column);
  });
  const missing = columns.filter((column) => !header.has(column));
  if (missing.length > 0) throw checkParameters(`The header row is missing the columns: ${missing.join(', ')}. Expected: ${columns.join(', ')}.`);

  const read = [...columns, ...optional.filter((column) => header.has(column))];
  const rows: SheetRow[] = [];
  for (let number = 2; number <= sheet.rowCount; number++) {
    const cells = sheet.getRow(number);
    const row: SheetRow = {};
    for (const column of read) {
      const text = cellText(cells.getCell(header.get(column)!).value);
      if (text !== undefined) row[column] = text;
    }
    if (Object.keys(row).length > 0) rows.push(row);
  }
  if (rows.length === 0) throw checkParameters('The file has a header row but no data rows.');
  return rows;
}
