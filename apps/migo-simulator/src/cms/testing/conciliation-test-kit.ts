/**
 * A conciliation scenario shared by the simulator's and the BFF's specs (test-only): captured payments of acme (and
 * one of globex) in the simulator's stores, and a file whose rows hit every result kind.
 */
import type { Type } from '@nestjs/common';
import { toUnits } from '../../core/money.js';
import { ApmStore } from '../../middleware/alternative-payments/apm-store.js';
import { PaymentLinkStore } from '../../middleware/payment-links/payment-link-store.js';
import { findClient } from '../../middleware/shared/clients.js';

export interface AppLike {
  get<T>(type: Type<T>): T;
}

export interface ConciliationScenario {
  header: string[];
  rows: string[][];
  /** The entries the result must hold, in order: one per file row, then the payments missing in the file. */
  expected: Array<{ row: number | null; status: string; reference: string | null; migoUid: string | null }>;
}

export function seedConciliationScenario(app: AppLike, options: { withStatusColumn: boolean }): ConciliationScenario {
  const links = app.get(PaymentLinkStore);
  const alternative = app.get(ApmStore);
  const approvedLink = (client: string, amount: number) => {
    const link = links.create({ client: findClient(client)!, userId: 'conciliation@example.gt', channel: 'web', amountUnits: toUnits(amount)! });
    return links.forceOutcome(link.uid, 'approved');
  };
  // Partly refunded since its capture: a processor file still lists the capture, at its gross amount.
  const matched = approvedLink('acme', 100);
  links.refund(matched.uid, matched.processor!, toUnits(10)!);
  const mismatched = approvedLink('acme', 50);
  const notInFile = approvedLink('acme', 20);
  const globex = approvedLink('globex', 30);
  const apm = alternative.create(findClient('acme')!, { userId: 'conciliation@example.gt', channel: 'web', amountUnits: toUnits(75.5)! });
  alternative.forceOutcome(apm.uid, 'APPROVED');
  const declined = links.forceOutcome(links.create({ client: findClient('acme')!, userId: 'conciliation@example.gt', channel: 'web', amountUnits: toUnits(12)! }).uid, 'denied');

  const today = new Date().toISOString().slice(0, 10);
  const rows = [
    [matched.uid, '100.00', 'GTQ', today, 'captured'],
    [mismatched.reference, '55.00', 'GTQ', today, 'captured'],
    ['trx_neverseenatmigo', '10.00', 'GTQ', today, 'captured'],
    [globex.uid, '30.00', 'USD', today, 'captured'],
    [apm.uid, '75.5', 'gtq', today, 'settled'],
    ['ACME-BROKEN', 'ten', 'GTQ', '2026-13-01', 'captured'],
    [declined.uid, '12.00', 'GTQ', today, 'captured'],
  ];
  return {
    header: options.withStatusColumn ? ['reference', 'amount', 'currency', 'date', 'status'] : ['date', 'currency', 'amount', 'reference'],
    rows: options.withStatusColumn ? rows : rows.map(([reference, amount, currency, date]) => [date, currency, amount, reference]),
    expected: [
      { row: 1, status: 'matched', reference: matched.uid, migoUid: matched.uid },
      { row: 2, status: 'amount-mismatch', reference: mismatched.reference, migoUid: mismatched.uid },
      { row: 3, status: 'missing-at-migo', reference: 'trx_neverseenatmigo', migoUid: null },
      { row: 4, status: 'missing-at-migo', reference: globex.uid, migoUid: null },
      { row: 5, status: 'matched', reference: apm.uid, migoUid: apm.uid },
      { row: 6, status: 'invalid', reference: 'ACME-BROKEN', migoUid: null },
      { row: 7, status: 'missing-at-migo', reference: declined.uid, migoUid: null },
      { row: null, status: 'missing-in-file', reference: notInFile.reference, migoUid: notInFile.uid },
    ],
  };
}

/** The scenario as CSV text (RFC 4180, CRLF). */
export function scenarioCsv(scenario: Pick<ConciliationScenario, 'header' | 'rows'>): string {
  return [scenario.header, ...scenario.rows].map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
