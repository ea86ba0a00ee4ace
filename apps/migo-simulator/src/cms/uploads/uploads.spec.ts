import { useSimulator } from '#test-support';
import { Ledger } from '../../state/ledger.js';
import { CmsHeaders, eventually, operatorHeaders, postMultipart, readSse, workbook } from '../testing/cms-test-kit.js';
import { CARD_COLUMNS } from './card-row.dto.js';
import { CARDHOLDER_COLUMNS } from './row-importers.js';

const ACME = '/cms/rest/app/partners/acme';

/** Ten rows of the documented layout; row 4 has an unknown gender and row 8 a card of another partner. */
function tenRows(): Array<Array<string | number | Date>> {
  return Array.from({ length: 10 }, (_, i) => {
    const n = i + 1;
    const gender = n === 4 ? 'X' : n % 2 ? 'F' : 'M';
    const cardId = n === 8 ? 5301 : 5100 + n;
    const dateOfBirth = n === 2 ? new Date(Date.UTC(1991, 2, 3)) : `1991-03-0${(n % 9) + 1}`;
    return ['Persona', `Carga ${n}`, 'Zona 9, Guatemala', 'GT', dateOfBirth, 'soltero', gender, 50255560000 + n, `bulk.${n}@example.gt`, 'DPI', 3000000000000 + n, cardId];
  });
}

describe('CMS bulk uploads and progress stream (simulator)', () => {
  const sim = useSimulator();
  let ops: CmsHeaders;
  beforeEach(async () => {
    ops = await operatorHeaders(sim, 'ops');
  });

  const uploadCardholders = async (bytes: Buffer | string, name = 'cardholders.xlsx', field = 'users', headers = ops) =>
    postMultipart(sim, `${ACME}/cardholders/upload`, headers, { field, bytes, name });

  it('accepts an .xlsx, streams monotonic progress and ends with the per-row results', async () => {
    await sim.call('PATCH', '/__sim/config', { body: { uploadRowsPerSecond: 50 } });
    const accepted = await uploadCardholders(await workbook(CARDHOLDER_COLUMNS, tenRows()));
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ success: true, message: 'File received, processing', data: { id: expect.stringMatching(/^bat_[0-9A-Z]{26}$/) } });
    const batchId = accepted.body.data.id;

    const stream = await readSse(sim, `${ACME}/cardholders/batch/${batchId}/progress`, ops);
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);
    expect(stream.ended).toBe('cleanly');
    expect(stream.frames.length).toBeGreaterThanOrEqual(2);
    for (const frame of stream.frames) expect(Object.keys(frame)[0]).toBe('batchId');
    const processed = stream.frames.map((f) => f.processed);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));

    const terminal = stream.frames.at(-1);
    expect(terminal).toMatchObject({ batchId, kind: 'cardholders', status: 'completed', total: 10, processed: 10, succeeded: 8, failed: 2, percentage: 100 });
    expect(stream.frames.slice(0, -1).every((f) => f.results === undefined && f.status !== 'completed')).toBe(true);
    expect(terminal.results).toHaveLength(10);
    const failures = terminal.results.filter((r: { status: string }) => r.status === 'failed');
    expect(failures).toEqual([
      { row: 4, status: 'failed', errors: [expect.objectContaining({ field: 'gender', code: '7000' })] },
      { row: 8, status: 'failed', errors: [expect.objectContaining({ field: 'cardId', code: '7200' })] },
    ]);

    const listed = await sim.call('GET', `/cms/rest/app/partners/acme/cardholders?searchText=bulk.&limit=100`, { headers: ops });
    expect(listed.body.data.total).toBe(8);
    const ledger = sim.app.get(Ledger);
    const created = terminal.results.filter((r: { status: string }) => r.status === 'created');
    for (const result of created) {
      const cardholder = listed.body.data.items.find((c: { id: number }) => c.id === result.cardholderId);
      expect(ledger.getCard(5100 + result.row).userId).toBe(cardholder.walletUserId);
    }
    expect(ledger.getCard(5104).userId).toBeNull();
    const byEmail = (email: string) => listed.body.data.items.find((c: { email: string }) => c.email === email);
    expect(byEmail('bulk.1@example.gt')).toMatchObject({ phoneNumber: '50255560001', documentNumber: '3000000000001', dateOfBirth: '1991-03-02' });
    expect(byEmail('bulk.2@example.gt').dateOfBirth).toBe('1991-03-03');

    const replay = await readSse(sim, `${ACME}/cardholders/batch/${batchId}/progress`, ops);
    expect(replay.frames).toEqual([terminal]);
    expect(replay.ended).toBe('cleanly');
    const snapshot = await sim.call('GET', `${ACME}/cardholders/batch/${batchId}`, { headers: ops });
    expect(snapshot.body.data).toEqual(terminal);
  });

  it('resumes from the current state after an injected stream cut', async () => {
    await sim.call('PATCH', '/__sim/config', { body: { uploadRowsPerSecond: 20 } });
    await sim.call('POST', '/__sim/faults', { body: { surface: 'cms', method: 'GET', path: '/app/partners/acme/cardholders/batch/*/progress', sseCutAfterFrames: 2, times: 1 } });
    const batchId = (await uploadCardholders(await workbook(CARDHOLDER_COLUMNS, tenRows()))).body.data.id;

    const cut = await readSse(sim, `${ACME}/cardholders/batch/${batchId}/progress`, ops);
    expect(cut.ended).toBe('cut');
    expect(cut.frames).toHaveLength(2);
    expect(cut.frames[1].status).not.toBe('completed');

    const resumed = await readSse(sim, `${ACME}/cardholders/batch/${batchId}/progress`, ops);
    expect(resumed.ended).toBe('cleanly');
    expect(resumed.frames[0].processed).toBeGreaterThanOrEqual(cut.frames[1].processed);
    expect(resumed.frames.at(-1)).toMatchObject({ status: 'completed', total: 10, succeeded: 8, failed: 2 });
  });

  it.each([
    ['a CSV', 'cardholders.csv', `${CARDHOLDER_COLUMNS.join(',')}\nAna,Ruiz,Zona 1,GT,1990-01-01,soltero,F,50255550000,ana@example.gt,DPI,2345678901234,5101\n`],
    ['a text file named .xlsx', 'cardholders.xlsx', 'this is not a workbook'],
    ['a legacy .xls', 'cardholders.xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)])],
    ['a ZIP that is not a workbook', 'cardholders.xlsx', Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(60)])],
  ])('refuses %s with 400 7503', async (_case, name, bytes) => {
    const { status, body } = await uploadCardholders(bytes, name);
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ code: '7503', message: expect.stringContaining('.xls') });
  });

  it('refuses a missing file, a file in the wrong field, missing columns and an empty sheet with 400 7000', async () => {
    const noFile = await postMultipart(sim, `${ACME}/cardholders/upload`, ops, undefined, { note: 'no file' });
    expect([noFile.status, noFile.body.errors[0].code]).toEqual([400, '7000']);
    const wrongField = await uploadCardholders(await workbook(CARDHOLDER_COLUMNS, tenRows()), 'c.xlsx', 'cards');
    expect([wrongField.status, wrongField.body.errors[0].code]).toEqual([400, '7000']);
    const missing = await uploadCardholders(await workbook(CARDHOLDER_COLUMNS.filter((c) => c !== 'gender' && c !== 'cardId'), [['x']]));
    expect([missing.status, missing.body.errors[0].code]).toEqual([400, '7000']);
    expect(missing.body.errors[0].message).toContain('gender, cardId');
    const empty = await uploadCardholders(await workbook(CARDHOLDER_COLUMNS, []));
    expect([empty.status, empty.body.errors[0].code]).toEqual([400, '7000']);
  });

  it('issues inventory cards from a card upload, followed on the cards progress path', async () => {
    await sim.call('PATCH', '/__sim/config', { body: { uploadRowsPerSecond: 200 } });
    const accepted = await postMultipart(sim, `${ACME}/cards/upload`, ops, { field: 'cards', name: 'cards.xlsx', bytes: await workbook(CARD_COLUMNS, [['Nómina 2026', 'GTQ'], ['Viajes', 'USD'], ['', 'GTQ']]) });
    expect(accepted.status).toBe(200);
    const stream = await readSse(sim, `${ACME}/cards/batch/${accepted.body.data.id}/progress`, ops);
    const terminal = stream.frames.at(-1);
    expect(terminal).toMatchObject({ kind: 'cards', status: 'completed', total: 3, succeeded: 1, failed: 2 });
    expect(terminal.results[1].errors[0]).toMatchObject({ field: 'currency', code: '7304' });
    expect(terminal.results[2].errors[0]).toMatchObject({ field: 'alias', code: '7000' });
    const card = sim.app.get(Ledger).getCard(terminal.results[0].cardId);
    expect(card).toMatchObject({ partnerId: 'acme', alias: 'Nómina 2026', currency: 'GTQ', userId: null });
  });

  it('coalesces progress to a frame per 100 ms when rows are processed quickly', async () => {
    await sim.call('PATCH', '/__sim/config', { body: { uploadRowsPerSecond: 1000 } });
    const rows = Array.from({ length: 100 }, (_, i) => [`Tarjeta ${i + 1}`, 'GTQ']);
    const batchId = (await postMultipart(sim, `${ACME}/cards/upload`, ops, { field: 'cards', name: 'cards.xlsx', bytes: await workbook(CARD_COLUMNS, rows) })).body.data.id;
    const stream = await readSse(sim, `${ACME}/cards/batch/${batchId}/progress`, ops);
    expect(stream.frames.at(-1)).toMatchObject({ status: 'completed', total: 100, succeeded: 100 });
    expect(stream.frames.length).toBeLessThan(25);
  });

  it('ends a batch whose every row failed as failed', async () => {
    await sim.call('PATCH', '/__sim/config', { body: { uploadRowsPerSecond: 200 } });
    const batchId = (await postMultipart(sim, `${ACME}/cards/upload`, ops, { field: 'cards', name: 'cards.xlsx', bytes: await workbook(CARD_COLUMNS, [['A', 'EUR']]) })).body.data.id;
    const finished = await eventually(async () => {
      const { body } = await sim.call('GET', `${ACME}/cardholders/batch/${batchId}`, { headers: ops });
      return body.data.status === 'queued' || body.data.status === 'processing' ? undefined : body.data;
    });
    expect(finished).toMatchObject({ status: 'failed', succeeded: 0, failed: 1, percentage: 100 });
  });

  it('hides a batch from another partner (404 7502) and refuses an unknown one', async () => {
    const batchId = (await uploadCardholders(await workbook(CARDHOLDER_COLUMNS, tenRows()))).body.data.id;
    const other = await sim.call('GET', `/cms/rest/app/partners/globex/cardholders/batch/${batchId}/progress`, { headers: ops });
    expect([other.status, other.body.errors[0].code]).toEqual([404, '7502']);
    const unknown = await sim.call('GET', `${ACME}/cardholders/batch/bat_NOPE/progress`, { headers: ops });
    expect([unknown.status, unknown.body.errors[0].code]).toEqual([404, '7502']);
  });

  it('needs an OTP for an operator subject to OTP elevation', async () => {
    const supervisor = await operatorHeaders(sim, 'supervisor');
    const { status, body } = await uploadCardholders(await workbook(CARDHOLDER_COLUMNS, tenRows()), 'c.xlsx', 'users', supervisor);
    expect([status, body.errors[0].code]).toEqual([403, '8006']);
  });
});
