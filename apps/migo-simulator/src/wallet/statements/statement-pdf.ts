import { UNITS_PER_WHOLE } from '../../core/money.js';
import { Card, cardView, Movement } from '../../state/ledger.js';
import { PDF_LINES_PER_PAGE, textPdf } from '../shared/text-pdf.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2 decimals, or up to 4 when the amount has them (balances keep 4). */
function money(units: number): string {
  const fixed = (units / UNITS_PER_WHOLE).toFixed(4);
  return fixed.endsWith('00') ? fixed.slice(0, -2) : fixed.replace(/0$/, '');
}

/** One page: the masked PAN (never the number), the period, opening/closing balance and the month's movements, oldest first. */
export function statementPdf(card: Card, newestFirst: Movement[], month: number, year: number, generatedAt: string): Buffer {
  const movements = [...newestFirst].reverse();
  const header = [
    'MIGO PAYMENTS - CARD STATEMENT',
    '',
    `Card:      ${cardView(card).maskedPan}${card.alias ? `  (${card.alias})` : ''}`,
    `Period:    ${MONTHS[month - 1]} ${year}`,
    `Currency:  ${card.currency}`,
  ];
  if (movements.length > 0) {
    const first = movements[0];
    const opening = first.balanceAfterUnits + (first.direction === 'debit' ? first.amountUnits : -first.amountUnits);
    header.push(`Opening:   ${money(opening)}`, `Closing:   ${money(movements[movements.length - 1].balanceAfterUnits)}`);
  }
  header.push(`Generated: ${generatedAt}`, '', `${'Date (UTC)'.padEnd(17)} ${'Type'.padEnd(15)} ${'Amount'.padStart(12)} ${'Balance'.padStart(12)}  Reference`, '-'.repeat(90));

  const rows = movements.map((m) => {
    const amount = `${m.direction === 'debit' ? '-' : ''}${money(m.amountUnits)}`;
    const date = m.createdAt.slice(0, 16).replace('T', ' ');
    return `${date.padEnd(17)} ${m.type.padEnd(15)} ${amount.padStart(12)} ${money(m.balanceAfterUnits).padStart(12)}  ${(m.reference ?? m.description ?? '').slice(0, 28)}`;
  });
  const room = PDF_LINES_PER_PAGE - header.length;
  const body =
    rows.length === 0 ? ['No movements in this period.'] : rows.length <= room ? rows : [...rows.slice(0, room - 1), `... and ${rows.length - room + 1} more movements (see the monthly feed)`];
  return textPdf([...header, ...body]);
}
