import { useSimulatorWalletSession } from '#test-support';

/** Checks the PDF skeleton: header, trailer, and that every xref offset lands on its object. */
function expectValidPdf(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\s*$/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 4)).toBe('xref');
  const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
  expect(offsets.length).toBeGreaterThanOrEqual(4);
  offsets.forEach((offset, i) => expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
  const length = Number(/\/Length (\d+) >>\nstream\n/.exec(text)?.[1]);
  const streamStart = text.indexOf('stream\n') + 'stream\n'.length;
  expect(text.slice(streamStart + length, streamStart + length + '\nendstream'.length)).toBe('\nendstream');
  return text;
}

describe('Wallet Gateway card statements (simulator)', () => {
  const session = useSimulatorWalletSession();
  const { api } = session;

  const now = new Date();
  const month = now.getUTCMonth() + 1;
  const year = now.getUTCFullYear();

  async function waitUntilReady(cardId: number, reference: string) {
    const deadline = Date.now() + 5000;
    for (;;) {
      const { body } = await api('GET', `/cards/${cardId}/statements/${reference}`);
      if (body.data.status === 'ready' || Date.now() > deadline) return body.data;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('accepts a statement with 201, becomes ready, and serves a one-page PDF with the masked PAN only', async () => {
    await session.sim.call('PATCH', '/__sim/config', { body: { statementReadyMs: 200 } });
    await api('POST', '/cards/5001/funds', { amount: 25, operation: 'WITHDRAW_FUNDS', channel: 'POS', reference: 'POS-(Tienda)' });
    const accepted = await api('POST', '/cards/5001/statements', { month, year });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toEqual({
      success: true,
      message: 'statement creation accepted',
      data: { reference: expect.stringMatching(/^stm_/), cardId: 5001, month, year, status: 'processing', createdAt: expect.any(String) },
    });
    const { reference } = accepted.body.data;

    const ready = await waitUntilReady(5001, reference);
    expect(ready).toEqual({ reference, cardId: 5001, month, year, status: 'ready', createdAt: expect.any(String), readyAt: expect.any(String), downloadPath: `/rest/cards/5001/statements/${reference}/file` });

    const response = await fetch(`${session.sim.url}${ready.downloadPath}`, { headers: { authorization: session.authorization } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="statement-5001-${year}-${String(month).padStart(2, '0')}.pdf"`);
    const text = expectValidPdf(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('************4401');
    expect(text).toContain('POS-\\(Tienda\\)');
    expect(text).toContain('/Count 1');
  });

  it('answers 409 / 7401 while processing and the same reference for a repeated request', async () => {
    await session.sim.call('PATCH', '/__sim/config', { body: { statementReadyMs: 60000 } });
    const first = await api('POST', '/cards/5003/statements', { month, year });
    const second = await api('POST', '/cards/5003/statements', { month, year });
    expect(second.status).toBe(201);
    expect(second.body.data.reference).toBe(first.body.data.reference);
    const other = await api('POST', '/cards/5003/statements', { month: month === 1 ? 12 : month - 1, year: month === 1 ? year - 1 : year });
    expect(other.body.data.reference).not.toBe(first.body.data.reference);

    const file = await api('GET', `/cards/5003/statements/${first.body.data.reference}/file`);
    expect(file.status).toBe(409);
    expect(file.body.errors[0].code).toBe('7401');
    expect((await api('GET', `/cards/5003/statements/${first.body.data.reference}`)).body.data).toMatchObject({ status: 'processing', readyAt: null });
  });

  it('refuses a future month, a bad month, an unknown card and an unknown reference', async () => {
    const future = await api('POST', '/cards/5001/statements', { month: month === 12 ? 1 : month + 1, year: month === 12 ? year + 1 : year });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].code).toBe('7000');
    expect((await api('POST', '/cards/5001/statements', { month: 13, year })).body.errors[0].code).toBe('7000');
    expect((await api('POST', '/cards/99999/statements', { month, year })).body.errors[0].code).toBe('7200');
    const unknown = await api('GET', '/cards/5001/statements/stm_nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].code).toBe('7400');
    const accepted = await api('POST', '/cards/5001/statements', { month, year });
    expect((await api('GET', `/cards/5002/statements/${accepted.body.data.reference}`)).body.errors[0].code).toBe('7400');
  });
});
