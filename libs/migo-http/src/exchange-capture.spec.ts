import { RECORDED_BODY_LIMIT_BYTES, recordHeaders, recordRequestBody, recordResponseBody, recordUrl } from './exchange-capture.js';

describe('exchange capture (what support may see of an upstream exchange)', () => {
  it('redacts credentials in headers and the query, keeping the base path; leaves out hop-by-hop headers', () => {
    expect(recordHeaders({ authorization: 'Bearer abc.def.ghi', 'x-user-token': 'Bearer zzz', accept: 'application/json' })).toEqual({
      authorization: '[REDACTED]',
      'x-user-token': '[REDACTED]',
      accept: 'application/json',
    });
    expect(recordHeaders({ 'content-type': 'application/json', date: 'Sun, 29 Nov 2026 11:46:57 GMT', connection: 'keep-alive', 'Keep-Alive': 'timeout=72', 'transfer-encoding': 'chunked' })).toEqual({
      'content-type': 'application/json',
      date: 'Sun, 29 Nov 2026 11:46:57 GMT',
    });
    expect(recordUrl('http://127.0.0.1:4010/', '/cards/5001', undefined)).toBe('/cards/5001');
    expect(recordUrl('http://127.0.0.1:4010/rest/', '/users/102/cards', { clientId: 'acme', token: 'secret', skip: undefined })).toBe(
      '/rest/users/102/cards?clientId=acme&token=%5BREDACTED%5D',
    );
  });

  it('masks card-number-like digit runs in the recorded path and query, Luhn-valid or not', () => {
    expect(recordUrl('http://127.0.0.1:4010/mw/', '/transactions/4111111111111112', undefined)).toBe('/mw/transactions/[PAN …1112]');
    expect(recordUrl('http://127.0.0.1:4010/mw/', '/v1/suspensions', { client: 'acme', value: '4111 1111 1111 1112' })).toBe('/mw/v1/suspensions?client=acme&value=[PAN …1112]');
  });

  it('redacts JSON and text bodies by key and by shape', () => {
    expect(recordRequestBody({ card: '4111111111111111', alias: 'x' }, undefined)).toEqual({ contentType: 'application/json', bytes: 39, content: { card: '[REDACTED]', alias: 'x' } });
    const answer = Buffer.from(JSON.stringify({ data: { accessToken: 'eyJ.a.b', note: 'card 4111 1111 1111 1111' } }));
    expect(recordResponseBody(answer, 'application/json; charset=utf-8')?.content).toEqual({ data: { accessToken: '[REDACTED]', note: 'card [PAN …1111]' } });
    expect(recordResponseBody(Buffer.from('upstream said Bearer abcdefghijkl'), 'text/plain')?.content).toBe('upstream said Bearer [REDACTED]');
  });

  it('caps long bodies after redaction and says so', () => {
    const long = { items: Array.from({ length: 2000 }, (_, i) => ({ i, pan: '4111111111111111', text: 'x'.repeat(10) })) };
    const recorded = recordRequestBody(long, 'application/json')!;
    expect(recorded.truncated).toBe(true);
    expect(Buffer.byteLength(recorded.content as string)).toBeLessThanOrEqual(RECORDED_BODY_LIMIT_BYTES);
    expect(recorded.bytes).toBeGreaterThan(RECORDED_BODY_LIMIT_BYTES);
    expect(recorded.content as string).not.toContain('4111111111111111');
  });

  it('describes binary, streamed and multipart bodies without storing them', () => {
    expect(recordResponseBody(Buffer.from('%PDF-1.7 4111111111111111'), 'application/pdf')).toEqual({ contentType: 'application/pdf', bytes: 25, omitted: 'binary' });
    expect(recordResponseBody({ pipe: () => undefined }, 'text/event-stream')).toEqual({ contentType: 'text/event-stream', omitted: 'stream' });
    expect(recordRequestBody(new FormData(), undefined)).toEqual({ contentType: 'multipart/form-data', omitted: 'multipart' });
    expect(recordResponseBody(Buffer.alloc(0), 'application/json')).toBeNull();
  });
});
