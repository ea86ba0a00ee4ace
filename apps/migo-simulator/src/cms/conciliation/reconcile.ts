import { fromUnits, toUnits } from '../../core/money.js';
import type { SheetRow } from '../uploads/xlsx-sheet.js';
import type { ConciliationEntry } from './conciliation-entry.js';
import type { CapturedPayment } from './payments-to-reconcile.js';

const AMOUNT = /^\d+(\.\d{1,4})?$/;
const CURRENCY = /^[A-Z]{3}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 12–19 digits, spaces or dashes allowed between them: a card number, never a payment reference. */
const PAN_LIKE = /^\d(?:[ -]?\d){11,18}$/;
const MAX_REFERENCE_LENGTH = 100;

interface ReadRow {
  row: number;
  reference: string | null;
  units: number | undefined;
  currency: string | null;
  date: string | null;
  status: string | null;
  problems: string[];
}

function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

function readRow(cells: SheetRow, row: number): ReadRow {
  const problems: string[] = [];
  let reference: string | null = cells.reference ?? null;
  if (reference === null) problems.push('reference is required');
  else if (PAN_LIKE.test(reference)) {
    problems.push('reference looks like a card number; send the Migo payment reference');
    reference = null; // never echoed
  } else if (reference.length > MAX_REFERENCE_LENGTH) problems.push(`reference is longer than ${MAX_REFERENCE_LENGTH} characters`);

  const units = cells.amount !== undefined && AMOUNT.test(cells.amount) ? toUnits(Number(cells.amount)) : undefined;
  if (units === undefined || units <= 0) problems.push('amount must be a number greater than zero with at most 4 decimals');
  const currency = cells.currency?.toUpperCase() ?? null;
  if (currency === null || !CURRENCY.test(currency)) problems.push('currency must be an ISO 4217 code (e.g. GTQ)');
  const date = cells.date ?? null;
  if (date === null || !isCalendarDate(date)) problems.push('date must be a calendar date YYYY-MM-DD');
  return { row, reference, units: units && units > 0 ? units : undefined, currency, date, status: cells.status ?? null, problems };
}

function entryOf(read: ReadRow, status: ConciliationEntry['status'], payment: CapturedPayment | undefined, reason: string | null): ConciliationEntry {
  return {
    row: read.row,
    status,
    reference: read.reference,
    date: read.date,
    fileAmount: read.units === undefined ? null : fromUnits(read.units),
    fileCurrency: read.currency,
    fileStatus: read.status,
    migoUid: payment?.uid ?? null,
    migoAmount: payment ? fromUnits(payment.amountUnits) : null,
    migoCurrency: payment?.currency ?? null,
    reason,
  };
}

function missingInFile(payment: CapturedPayment): ConciliationEntry {
  return {
    row: null,
    status: 'missing-in-file',
    reference: payment.reference ?? payment.uid,
    date: payment.capturedAt.slice(0, 10),
    fileAmount: null,
    fileCurrency: null,
    fileStatus: null,
    migoUid: payment.uid,
    migoAmount: fromUnits(payment.amountUnits),
    migoCurrency: payment.currency,
    reason: 'Migo captured this payment within the dates the file covers, and the file does not list it',
  };
}

/**
 * Reconciles a file's rows against a partner's captured payments. A row names a payment by its Middleware uid or its
 * payment-link reference; the file's date is not matched on (a bank books a day or more after the capture). A
 * reference listed twice is invalid the second time. Payments captured between the earliest and latest date of the
 * file's valid rows (UTC days, inclusive) that no row names are appended as `missing-in-file`.
 */
export function reconcile(rows: readonly SheetRow[], payments: readonly CapturedPayment[]): ConciliationEntry[] {
  const byReference = new Map<string, CapturedPayment>();
  for (const payment of payments) {
    byReference.set(payment.uid, payment);
    if (payment.reference) byReference.set(payment.reference, payment);
  }
  const seenAt = new Map<string, number>();
  const named = new Set<string>();
  const dates: string[] = [];
  const entries = rows.map((cells, index) => {
    const read = readRow(cells, index + 1);
    const firstRow = read.reference === null ? undefined : seenAt.get(read.reference);
    if (firstRow !== undefined) read.problems.push(`reference repeats row ${firstRow}`);
    if (read.problems.length > 0) return entryOf(read, 'invalid', undefined, read.problems.join('; '));
    seenAt.set(read.reference!, read.row);
    dates.push(read.date!);
    const payment = byReference.get(read.reference!);
    if (!payment) return entryOf(read, 'missing-at-migo', undefined, 'Migo has no captured payment of this partner with this reference');
    named.add(payment.uid);
    if (payment.amountUnits !== read.units || payment.currency !== read.currency) {
      return entryOf(read, 'amount-mismatch', payment, payment.currency !== read.currency ? 'currency differs from Migo' : 'amount differs from Migo');
    }
    return entryOf(read, 'matched', payment, null);
  });
  if (dates.length === 0) return entries;
  dates.sort();
  const [from, to] = [dates[0], dates.at(-1)!];
  const missing = payments
    .filter((payment) => !named.has(payment.uid))
    .filter((payment) => payment.capturedAt.slice(0, 10) >= from && payment.capturedAt.slice(0, 10) <= to)
    .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt))
    .map(missingInFile);
  return [...entries, ...missing];
}
