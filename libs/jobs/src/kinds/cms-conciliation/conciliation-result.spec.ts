import type { BatchFrame, ConciliationEntry } from '#cms';
import { conciliationOutcomeOf, conciliationResultOf, MAX_ENTRIES_IN_JOB } from './conciliation-result.js';

const entry = (row: number | null, status: string): ConciliationEntry => ({
  row,
  status,
  reference: `trx_${row ?? 'x'}`,
  date: '2026-01-05',
  fileAmount: row === null ? null : 1,
  fileCurrency: row === null ? null : 'GTQ',
  fileStatus: null,
  migoUid: null,
  migoAmount: null,
  migoCurrency: null,
  reason: null,
});

const frame = (results: ConciliationEntry[]): BatchFrame => ({ batchId: 'bat_1', kind: 'conciliation', status: 'completed', total: results.length, processed: results.length, succeeded: results.length, failed: 0, percentage: 100, results });

describe('conciliation job result', () => {
  it('counts every status over all entries (zeros listed) and keeps the first entries with a truncated flag', () => {
    const statuses = ['matched', 'matched', 'amount-mismatch', 'missing-at-migo', 'invalid'];
    const entries = [...Array.from({ length: MAX_ENTRIES_IN_JOB + 4 }, (_, i) => entry(i + 1, statuses[i % statuses.length])), entry(null, 'missing-in-file')];
    const result = conciliationResultOf(frame(entries));
    const counted = (status: string) => entries.filter((e) => e.status === status).length;
    expect(result.summary).toEqual({ matched: counted('matched'), 'amount-mismatch': counted('amount-mismatch'), 'missing-at-migo': counted('missing-at-migo'), 'missing-in-file': 1, invalid: counted('invalid') });
    expect(Object.values(result.summary).reduce((a, b) => a + b, 0)).toBe(entries.length);
    expect(result).toMatchObject({ batchId: 'bat_1', total: entries.length, truncated: true });
    expect(result.rows).toEqual(entries.slice(0, MAX_ENTRIES_IN_JOB));
  });

  it('keeps every entry of a small file and lists statuses it did not see as zero', () => {
    const result = conciliationResultOf(frame([entry(1, 'matched')]));
    expect(result).toMatchObject({ total: 1, truncated: false, summary: { matched: 1, 'amount-mismatch': 0, 'missing-at-migo': 0, 'missing-in-file': 0, invalid: 0 } });
    expect(result.rows).toHaveLength(1);
  });

  it('ends all-matched only when every entry matched; any mismatch, missing payment or invalid row is a discrepancy', () => {
    expect(conciliationOutcomeOf(conciliationResultOf(frame([entry(1, 'matched'), entry(2, 'matched')])))).toBe('all-matched');
    for (const status of ['amount-mismatch', 'missing-at-migo', 'invalid']) {
      expect(conciliationOutcomeOf(conciliationResultOf(frame([entry(1, 'matched'), entry(2, status)])))).toBe('discrepancies');
    }
    expect(conciliationOutcomeOf(conciliationResultOf(frame([entry(1, 'matched'), entry(null, 'missing-in-file')])))).toBe('discrepancies');
  });
});
