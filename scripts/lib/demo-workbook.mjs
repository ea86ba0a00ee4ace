// The Excel file README's "Try it" uploads: 40 new cardholders for partner acme, on cards of its unassigned inventory
// (5101–5140 in the simulator's seed). Written with the BFF's own workbook writer (dist/, so after the build).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const FIRST_NAMES = ['Ana', 'Luis', 'Carmen', 'Jorge', 'Sofía', 'Mario', 'Elena', 'Pedro'];
const LAST_NAMES = ['Morales', 'Hernández', 'Castillo', 'Ramírez', 'Gómez'];

export async function writeDemoWorkbook(root, file) {
  const { rowsToXlsx, CARDHOLDER_UPLOAD_COLUMNS } = await import(pathToFileURL(join(root, 'dist/libs/cms/src/excel.js')).href);
  const rows = Array.from({ length: 40 }, (_, i) => ({
    name: FIRST_NAMES[i % FIRST_NAMES.length],
    lastName: LAST_NAMES[i % LAST_NAMES.length],
    address: 'Zona 10, Ciudad de Guatemala',
    countryOfBirth: 'GT',
    dateOfBirth: `${1970 + (i % 30)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    maritalStatus: i % 2 ? 'casado' : 'soltero',
    gender: i % 2 ? 'M' : 'F',
    phoneNumber: `5025570${String(2000 + i)}`,
    email: `demo.cardholder.${i + 1}@example.gt`,
    documentType: 'DPI',
    documentNumber: String(2999000000000 + i),
    cardId: 5101 + i,
  }));
  writeFileSync(file, await rowsToXlsx(CARDHOLDER_UPLOAD_COLUMNS, rows));
  return rows.length;
}
