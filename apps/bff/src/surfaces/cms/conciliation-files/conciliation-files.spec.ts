import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { apiKeysJson, eventually, TEST_APPS, useBffStack } from '#test-support';
import { ConciliationScenario, scenarioCsv, seedConciliationScenario } from '../../../../../migo-simulator/src/cms/testing/conciliation-test-kit.js';

const UPLOAD = 'POST /cms/rest/app/partners/:partnerId/conciliation-files';
const PROGRESS = 'GET /cms/rest/app/partners/:partnerId/conciliation-files/batch/:batchId/progress';
const ROUTE = '/v1/cms/partners/acme/conciliation-files';
/** An app of globex only: it may not upload for acme nor read acme's jobs. */
const GLOBEX = { key: 'test-key-globex-0099', scopes: ['cms:*', 'jobs:read'], partners: ['globex'] };
const asGlobex = { authorization: `Bearer ${GLOBEX.key}` };

async function workbook(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Hoja1');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function form(bytes: Buffer | string, name: string, type = ''): FormData {
  const body = new FormData();
  body.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }), name);
  return body;
}

const csvOf = (rows: string[]) => ['reference,amount,currency,date', ...rows].join('\n') + '\n';

describe('BFF conciliation files (simulator + BFF + worker in-process, real Redis)', () => {
  const stack = useBffStack('bff-conciliation', {
    bffEnv: { MIGO_TIMEOUT_MS: '1000', MIGO_BREAKER_THRESHOLD: '50', BFF_API_KEYS: apiKeysJson({ ...TEST_APPS, globex: GLOBEX }) },
    workerEnv: {},
  });
  beforeEach(async () => {
    await stack.resetSimulator();
    await stack.sim.call('PATCH', '/__sim/config', { body: { uploadRowsPerSecond: 200 } });
  });

  const upload = (body: FormData, headers: Record<string, string> = {}, as: 'acme' | null = 'acme') => stack.bff.call('POST', ROUTE, { raw: body, headers, as });
  const finished = (jobId: string) =>
    eventually(async () => {
      const job = (await stack.bff.call('GET', `/v1/jobs/${jobId}?wait=5`, { as: 'acme' })).body;
      return job.state === 'succeeded' || job.state === 'failed' ? job : undefined;
    }, 20000);
  const view = (entries: Array<Record<string, unknown>>) => entries.map(({ row, status, reference, migoUid }) => ({ row, status, reference, migoUid }));

  it.each([
    ['a CSV', 'bank.csv', true],
    ['an XLSX', 'bank.xlsx', false],
  ])('reconciles %s with every outcome kind: the job names each row, and its result CSV has the same rows', async (_label, name, withStatusColumn) => {
    const scenario: ConciliationScenario = seedConciliationScenario(stack.sim.app, { withStatusColumn });
    const bytes = name.endsWith('.csv') ? scenarioCsv(scenario) : await workbook(scenario.header, scenario.rows);
    const accepted = await upload(form(bytes, name));
    expect(accepted.status).toBe(202);
    expect(accepted.headers.get('location')).toBe(`/v1/jobs/${accepted.body.job.id}`);
    expect(accepted.body.job).toMatchObject({ type: 'cms.conciliation', partnerId: 'acme', upstream: { service: 'cms', id: expect.stringMatching(/^bat_/) } });

    const job = await finished(accepted.body.job.id);
    expect(job).toMatchObject({ state: 'succeeded', outcome: 'discrepancies' }); // succeeded tracking, not a clean file
    expect(job.result.summary).toEqual({ matched: 2, 'amount-mismatch': 1, 'missing-at-migo': 3, 'missing-in-file': 1, invalid: 1 });
    expect(job.result).toMatchObject({ total: 8, truncated: false });
    expect(view(job.result.rows)).toEqual(scenario.expected);
    expect(job.progress).toMatchObject({ percent: 100, processed: 8, failed: 1 });

    const download = await fetch(`${stack.bff.url}/v1/jobs/${job.id}/result`, { headers: { authorization: `Bearer ${TEST_APPS.acme.key}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^text\/csv/);
    const records = parse(await download.text(), { columns: true }) as Array<Record<string, string>>;
    const downloaded = records.map((r) => ({ row: r.row === '' ? null : Number(r.row), status: r.status, reference: r.reference, migoUid: r.migoUid || null }));
    expect(downloaded).toEqual(view(job.result.rows));
  }, 30000);

  it("refuses another partner's app (403, nothing sent to Migo) and hides the job and its file from other apps (404)", async () => {
    const uploadsBefore = await stack.upstreamCalls(UPLOAD);
    const refused = await upload(form(csvOf(['trx_a,1.00,GTQ,2026-01-05']), 'bank.csv'), asGlobex, null);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(refused.body)).not.toContain('bat_');
    expect(await stack.upstreamCalls(UPLOAD)).toBe(uploadsBefore);

    const accepted = await upload(form(csvOf(['trx_a,1.00,GTQ,2026-01-05']), 'bank.csv'));
    const job = await finished(accepted.body.job.id);
    for (const as of [{ ...asGlobex }, { authorization: `Bearer ${TEST_APPS.reader.key}` }]) {
      expect((await stack.bff.call('GET', `/v1/jobs/${job.id}`, { as: null, headers: as })).status).toBe(404);
      expect((await stack.bff.call('GET', `/v1/jobs/${job.id}/result`, { as: null, headers: as })).status).toBe(404);
    }
    // Following the batch by id is checked against the partner too.
    const follow = await stack.bff.call('POST', '/v1/jobs', { as: null, headers: asGlobex, body: { type: 'cms.conciliation', upstreamId: accepted.body.upstream.id, partnerId: 'acme' } });
    expect(follow.status).toBe(403);
  }, 30000);

  it('refuses bad files with a problem before any upstream call, and never logs a card number from the file', async () => {
    const pan = '4111111111111111';
    const uploadsBefore = await stack.upstreamCalls(UPLOAD);
    const cases: Array<[string, FormData, number, RegExp]> = [
      ['no file', new FormData(), 400, /File required/],
      ['zero bytes', form('', 'bank.csv'), 400, /File required/],
      ['a PDF', form('%PDF-1.4\n%%EOF\n', 'bank.pdf', 'application/pdf'), 400, /Unsupported file type/],
      ['a legacy .xls', form(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'bank.xls'), 400, /Unsupported file type/],
      ['a text file named .xlsx', form(csvOf(['trx_a,1,GTQ,2026-01-05']), 'bank.xlsx'), 400, /Not an Excel workbook/],
      ['a binary named .csv', form(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), 'bank.csv'), 400, /Not a CSV file/],
      ['a CSV without the currency column', form('reference,amount,date\ntrx_a,1,2026-01-05\n', 'bank.csv'), 400, /missing: currency/],
      ['an XLSX without the date column', form(await workbook(['reference', 'amount', 'currency'], [['trx_a', '1', 'GTQ']]), 'bank.xlsx'), 400, /missing: date/],
      ['a header without rows', form('reference,amount,currency,date\n', 'bank.csv'), 400, /Empty file/],
      ['a card number as reference', form(csvOf(['trx_a,1,GTQ,2026-01-05', `${pan},1,GTQ,2026-01-05`]), 'bank.csv'), 400, /Card numbers/],
      ['a card number in an XLSX', form(await workbook(['reference', 'amount', 'currency', 'date'], [['4111 1111 1111 1111', '1', 'GTQ', '2026-01-05']]), 'bank.xlsx'), 400, /Card numbers/],
      ['a file over 5 MB', form(csvOf(['trx_a,1,GTQ,2026-01-05']) + 'x'.repeat(5 * 1024 * 1024), 'bank.csv'), 413, /too large/i],
    ];
    for (const [label, body, status, title] of cases) {
      const response = await upload(body, { 'x-request-id': `concil-bad-${label.replace(/\W+/g, '-')}` });
      expect([label, response.status]).toEqual([label, status]);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(`${response.body.title}: ${response.body.detail}`).toMatch(title);
      expect(JSON.stringify(response.body)).not.toMatch(/4111/);
    }
    const panRequestId = randomUUID();
    const panProblem = (await upload(form(csvOf(['trx_a,1,GTQ,2026-01-05', `${pan},1,GTQ,2026-01-05`]), 'bank.csv'), { 'x-request-id': panRequestId })).body;
    expect(panProblem.errors).toEqual([{ field: 'rows[2].reference', message: 'looks like a card number' }]);
    const support = await stack.bff.call('GET', `/v1/support/requests/${panRequestId}`, { as: 'acme' });
    expect(support.text).not.toContain('4111');
    expect(await stack.upstreamCalls(UPLOAD)).toBe(uploadsBefore);
    expect(stack.bff.logLines.join('\n')).not.toContain('4111');
  }, 30000);

  it('follows a conciliation batch started elsewhere by id, and refuses an upload batch named as one', async () => {
    const accepted = await upload(form(csvOf(['trx_a,1.00,GTQ,2026-01-05']), 'bank.csv'));
    const again = await stack.bff.call('POST', '/v1/jobs', { as: 'acme', body: { type: 'cms.conciliation', upstreamId: accepted.body.upstream.id, partnerId: 'acme' } });
    expect(again.status).toBe(202);
    expect(again.body.job.id).toBe(accepted.body.job.id);
    const cards = await stack.bff.call('POST', '/v1/cms/partners/acme/cards/upload', { as: 'acme', body: [{ alias: 'Conciliación', currency: 'GTQ' }] });
    const wrongKind = await stack.bff.call('POST', '/v1/jobs', { as: 'acme', body: { type: 'cms.conciliation', upstreamId: cards.body.upstream.id, partnerId: 'acme' } });
    expect(wrongKind.status).toBe(404);
  }, 30000);

  it('applies a concurrent duplicate with one Idempotency-Key once (one batch), and replays it afterwards', async () => {
    const bytes = csvOf(['trx_a,1.00,GTQ,2026-01-05', 'trx_b,2.00,GTQ,2026-01-05']);
    const key = { 'idempotency-key': `concil-${Date.now()}` };
    // The reset revoked Migo's sessions: renew them first, so the one upload is one request (not a 401 and a retry).
    expect((await stack.bff.call('GET', '/v1/cms/modules')).status).toBe(200);
    const uploadsBefore = await stack.upstreamCalls(UPLOAD);
    const answers = await Promise.all([upload(form(bytes, 'bank.csv'), key), upload(form(bytes, 'bank.csv'), key)]);
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 202)).not.toHaveLength(0);
    expect(statuses.every((s) => s === 202 || s === 409)).toBe(true);
    const batchIds = new Set(answers.filter((a) => a.status === 202).map((a) => a.body.upstream.id));
    expect(batchIds.size).toBe(1);
    const replay = await upload(form(bytes, 'bank.csv'), key);
    expect(replay.status).toBe(202);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.upstream.id).toBe([...batchIds][0]);
    expect(await stack.upstreamCalls(UPLOAD)).toBe(uploadsBefore + 1);
    const other = await upload(form(csvOf(['trx_c,3.00,GTQ,2026-01-05']), 'bank.csv'), key);
    expect(other.status).toBe(422);
  }, 30000);

  it('finishes the job when the progress stream drops mid-way', async () => {
    await stack.sim.call('PATCH', '/__sim/config', { body: { uploadRowsPerSecond: 40 } });
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'cms', method: 'GET', path: '/app/partners/*/conciliation-files/batch/*/progress', sseCutAfterFrames: 2, times: 2 } });
    const rows = Array.from({ length: 30 }, (_, i) => `trx_cut${i},1.00,GTQ,2026-01-05`);
    const streamsBefore = await stack.upstreamCalls(PROGRESS);
    const accepted = await upload(form(csvOf(rows), 'bank.csv'));
    const job = await finished(accepted.body.job.id);
    expect(job).toMatchObject({ state: 'succeeded', result: { total: 30, summary: { 'missing-at-migo': 30 } } });
    // The stream was cut and the tracker came back for more (a stream that ends on its terminal frame is read once).
    expect((await stack.upstreamCalls(PROGRESS)) - streamsBefore).toBeGreaterThanOrEqual(2);
  }, 30000);

  it('answers a slow or failing upload with a problem status and starts no job (a re-upload is harmless: nothing moves)', async () => {
    const jobsBefore = (await stack.bff.call('GET', '/v1/jobs?type=cms.conciliation&limit=100', { as: 'acme' })).body.items.length;
    // Just over MIGO_TIMEOUT_MS (1 s), so the simulator is done with the abandoned request by the time the stack closes.
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'cms', method: 'POST', path: '/app/partners/*/conciliation-files', latencyMs: 1200, times: 1 } });
    const slow = await upload(form(csvOf(['trx_a,1.00,GTQ,2026-01-05']), 'bank.csv'));
    expect(slow.status).toBe(504);
    expect(slow.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(slow.body.type).toMatch(/upstream-timeout$/);

    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'cms', method: 'POST', path: '/app/partners/*/conciliation-files', status: 500, times: 1 } });
    const failed = await upload(form(csvOf(['trx_a,1.00,GTQ,2026-01-05']), 'bank.csv'));
    expect(failed.status).toBe(502);
    expect(failed.body.upstream).toMatchObject({ service: 'cms', status: 500 });
    const jobs = (await stack.bff.call('GET', '/v1/jobs?type=cms.conciliation&limit=100', { as: 'acme' })).body;
    expect(jobs.items).toHaveLength(jobsBefore);
  }, 30000);
});
