import { createHash } from 'node:crypto';
import { decodeSegment, DICTIONARY_V1, encodeSegment, formatPointers, parsePointers } from './exchange-codec.js';

const paymentLink = {
  upstream: 'middleware',
  method: 'POST',
  url: '/mw/transactions',
  outcome: 201,
  attempt: 1,
  startedAt: '2026-11-29T14:25:46.499Z',
  durationMs: 37.2,
  requestHeaders: { accept: 'application/json', 'x-request-id': '7fde1ca1-3970-4f0f-bf54-da05374c7d2f', authorization: '[REDACTED]' },
  requestBody: { contentType: 'application/json', bytes: 77, content: { amount: 10, userId: 'bench-282@example.gt', channel: 'web', client: 'acme' } },
  responseHeaders: { 'content-type': 'application/json; charset=utf-8', 'content-length': '120', date: 'Sun, 29 Nov 2026 14:25:46 GMT' },
  responseBody: {
    contentType: 'application/json; charset=utf-8',
    bytes: 120,
    content: { uid: 'trx_063ec0408a51', reference: 'ACME000288SB', URL: 'https://sandbox.migopayments.com/?orderId=trx_063ec0408a51' },
  },
};

describe('support exchange codec', () => {
  const segmentOf = (...exchanges: object[]) => encodeSegment(exchanges.map((exchange) => JSON.stringify(exchange)));

  it('gives back exactly the exchanges of a segment, in order', () => {
    const unicode = { ...paymentLink, responseBody: { contentType: 'text/plain', bytes: 9, content: 'Pagó ✓ 🇬🇹' } };
    expect(decodeSegment(segmentOf(paymentLink, unicode))).toEqual([paymentLink, unicode]);
  });

  it('round-trips a body larger than the compression window (a 16 KB statement page)', () => {
    const rows = Array.from({ length: 160 }, (_, i) => ({ id: `mov_${i}`, amount: i * 1.5, description: `Compra ${i} en comercio ${i % 7}` }));
    const statement = { ...paymentLink, responseBody: { contentType: 'application/json', bytes: 16384, content: { data: rows } } };
    expect(Buffer.byteLength(JSON.stringify(statement))).toBeGreaterThan(8192);
    expect(decodeSegment(segmentOf(statement))).toEqual([statement]);
  });

  it('keeps one exchange in well under half of its JSON, and a batch of similar ones in a fraction', () => {
    const json = Buffer.byteLength(JSON.stringify(paymentLink));
    expect(segmentOf(paymentLink).length).toBeLessThan(json * 0.45);
    const batch = Array.from({ length: 64 }, (_, i) => ({ ...paymentLink, startedAt: `2026-11-29T14:25:${String(i % 60).padStart(2, '0')}.${100 + i}Z`, requestBody: { ...paymentLink.requestBody, content: { ...paymentLink.requestBody.content, userId: `user-${i}@example.gt` } } }));
    expect(segmentOf(...batch).length / batch.length).toBeLessThan(json * 0.2);
  });

  it('refuses a segment in a format it does not know, rather than guessing', () => {
    expect(() => decodeSegment(Buffer.of(0x02, 0x00))).toThrow(/Unknown support segment format 2/);
  });

  it('writes and reads a request\'s pointers, and refuses what is not one', () => {
    const pointers = [{ segmentId: 'k3F_9a-b2', index: 17 }, { segmentId: 'k3F_9a-b3', index: 0 }];
    expect(formatPointers(pointers)).toBe('k3F_9a-b2:17,k3F_9a-b3:0');
    expect(parsePointers(formatPointers(pointers))).toEqual(pointers);
    expect(() => parsePointers('k3F_9a-b2:17,{"upstream":"wallet"}')).toThrow(/Unknown support pointer/);
  });

  it('never changes dictionary 1: segments written with it live 7 days (a new dictionary needs a new format byte)', () => {
    expect(createHash('sha256').update(DICTIONARY_V1).digest('hex')).toBe('6d281faa9894590928613982885a71c9cacd80e1d00658002d9f3648bd73b458');
  });
});
