import ExcelJS from 'exceljs';

/** The documented header of a cardholder upload, in Migo's order. */
export const CARDHOLDER_UPLOAD_COLUMNS = ['name', 'lastName', 'address', 'countryOfBirth', 'dateOfBirth', 'maritalStatus', 'gender', 'phoneNumber', 'email', 'documentType', 'documentNumber', 'cardId'] as const;
/** The assumed header of a cards upload. */
export const CARD_UPLOAD_COLUMNS = ['alias', 'currency'] as const;

/** An .xlsx is a ZIP archive. */
export function looksLikeXlsx(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Writes rows (already validated) as a one-sheet workbook with the given header, as a partner's spreadsheet would be. */
export async function rowsToXlsx(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hoja1');
  sheet.addRow([...columns]);
  for (const row of rows) sheet.addRow(columns.map((column) => (row[column] === undefined || row[column] === null ? null : (row[column] as ExcelJS.CellValue))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
