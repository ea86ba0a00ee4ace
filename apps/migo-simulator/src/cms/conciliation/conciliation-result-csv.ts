import type { ConciliationEntry } from './conciliation-entry.js';

/** The result file's columns, one per entry field, in this order. */
export const RESULT_COLUMNS: ReadonlyArray<keyof ConciliationEntry> = ['row', 'status', 'reference', 'date', 'fileAmount', 'fileCurrency', 'fileStatus', 'migoUid', 'migoAmount', 'migoCurrency', 'reason'];

/** RFC 4180 quoting; a text cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with `'`. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The downloadable result of a finished conciliation: a header row, then one line per entry (CRLF, UTF-8). */
export function conciliationResultCsv(entries: readonly ConciliationEntry[]): string {
  const lines = [RESULT_COLUMNS.join(','), ...entries.map((entry) => RESULT_COLUMNS.map((column) => cell(entry[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
