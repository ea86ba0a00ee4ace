import { parse } from 'csv-parse/sync';
import { useSimulator } from '#test-support';
import { seedConciliationScenario, scenarioCsv } from '../testing/conciliation-test-kit.js';
import { CmsHeaders, eventually, operatorHeaders, postMultipart, readSse, workbook } from '../testing/cms-test-kit.js';
import { RESULT_COLUMNS } from './conciliation-result-csv.js';

const ACME = '/cms/rest/app/partners/acme/conciliation-files';

describe('CMS conciliation files (simulator)', () => {
  const sim = useSimulator();
  let ops: CmsHeaders;
  beforeEach(async () => {
    ops = await operatorHeaders(sim, 'ops');
    await sim.call('PATCH', '/__sim/config', { body: { uploadRowsPerSecond: 200 } });
  });

  const upload = (bytes: Buffer | string, name: string) => postMultipart(sim, ACME, ops, { field: 'file', bytes, name });

  it.each([
    ['CSV with a status column', 'bank.csv', true],
    ['XLSX with the columns in another order', 'bank.xlsx', false],
  ])('reconciles a %s: every entry names its kind, and the result CSV has the same entries', async (_label, name, withStatusColumn) => {
    const scenario = seedConciliationScenario(sim.app, { withStatusColumn });
    const bytes = name.endsWith('.csv') ? scenarioCsv(scenario) : await workbook(scenario.header, scenario.rows);
    const accepted = await upload(bytes, name);
    expect(accepted.status).toBe(200);
    const batchId = accepted.body.data.id;

    const stream = await readSse(sim, `${ACME}/batch/${batchId}/progress`, ops);
    const terminal = stream.frames.at(-1);
    expect(terminal).toMatchObject({ batchId, kind: 'conciliation', status: 'completed', total: 8, processed: 8, succeeded: 7, failed: 1 });
    expect(terminal.results.map((e: any) => ({ row: e.row, status: e.status, reference: e.reference, migoUid: e.migoUid }))).toEqual(scenario.expected);
    expect(terminal.results[1]).toMatchObject({ fileAmount: 55, migoAmount: 50, fileCurrency: 'GTQ', migoCurrency: 'GTQ', reason: 'amount differs from Migo' });
    expect(terminal.results[4]).toMatchObject({ fileAmount: 75.5, fileCurrency: 'GTQ', fileStatus: withStatusColumn ? 'settled' : null });
    expect(terminal.results[5].reason).toMatch(/amount must be.*date must be/);
    expect(terminal.results[7]).toMatchObject({ fileAmount: null, migoAmount: 20 });

    const download = await fetch(`${sim.url}${ACME}/batch/${batchId}/result`, { headers: ops });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^text\/csv/);
    const records = parse(await download.text(), { columns: true }) as Array<Record<string, string>>;
    expect(records.map((r) => ({ row: r.row === '' ? null : Number(r.row), status: r.status, reference: r.reference, migoUid: r.migoUid || null }))).toEqual(scenario.expected);
    expect(Object.keys(records[0])).toEqual(RESULT_COLUMNS);
  });

  it('never echoes a PAN-like reference, and ends a file of only invalid rows as failed', async () => {
    const batchId = (await upload('reference,amount,currency,date\n4111 1111 1111 1111,10.00,GTQ,2026-01-05\n', 'pan.csv')).body.data.id;
    const finished = await eventually(async () => {
      const { body } = await sim.call('GET', `${ACME}/batch/${batchId}`, { headers: ops });
      return body.data.results ? body.data : undefined;
    });
    expect(finished).toMatchObject({ status: 'failed', total: 1, failed: 1 });
    expect(finished.results[0]).toMatchObject({ status: 'invalid', reference: null, reason: expect.stringMatching(/card number/) });
    expect(JSON.stringify(finished)).not.toContain('4111');
  });

  it('refuses the result of an unfinished batch (409 7511) and hides a batch from another partner (404 7502)', async () => {
    await sim.call('PATCH', '/__sim/config', { body: { uploadRowsPerSecond: 1 } });
    const batchId = (await upload('reference,amount,currency,date\ntrx_a,1,GTQ,2026-01-05\ntrx_b,1,GTQ,2026-01-05\n', 'slow.csv')).body.data.id;
    const early = await sim.call('GET', `${ACME}/batch/${batchId}/result`, { headers: ops });
    expect([early.status, early.body.errors[0].code]).toEqual([409, '7511']);
    const other = await sim.call('GET', `/cms/rest/app/partners/globex/conciliation-files/batch/${batchId}/result`, { headers: ops });
    expect([other.status, other.body.errors[0].code]).toEqual([404, '7502']);
  });

  it('refuses a file that is missing, empty, binary or without the required columns', async () => {
    const missingFile = await postMultipart(sim, ACME, ops, undefined, { note: 'x' });
    expect([missingFile.status, missingFile.body.errors[0].code]).toEqual([400, '7000']);
    const headerOnly = await upload('reference,amount,currency,date\n', 'empty.csv');
    expect([headerOnly.status, headerOnly.body.errors[0].code]).toEqual([400, '7000']);
    const binary = await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'legacy.xls');
    expect([binary.status, binary.body.errors[0].code]).toEqual([400, '7503']);
    const noCurrency = await upload(await workbook(['reference', 'amount', 'date'], [['trx_a', '1', '2026-01-05']]), 'bank.xlsx');
    expect([noCurrency.status, noCurrency.body.errors[0].code]).toEqual([400, '7000']);
    expect(noCurrency.body.errors[0].message).toContain('currency');
    const tooLarge = await upload(`reference,amount,currency,date\ntrx_a,1,GTQ,2026-01-05\n${'x'.repeat(5 * 1024 * 1024)}`, 'big.csv');
    expect(tooLarge.status).toBe(413);
  });
});
