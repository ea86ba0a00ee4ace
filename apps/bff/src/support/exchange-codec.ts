import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * How one support exchange is kept in Redis. Support keeps every request's exchanges 7 days, so their size is most of
 * what Redis holds for the BFF: a ~770 B exchange deflates to ~260 B with a preset dictionary of what every exchange
 * repeats (field names, headers, envelopes), for ~15 µs of CPU when written (bench/RESULTS.md).
 *
 * A record is a format byte then the payload. Records written before compression are plain JSON (first byte `{`) and
 * stay readable. A dictionary can never change once records use it: a new one needs a new format byte, and the old one
 * must be kept for as long as its records live (SUPPORT_RETENTION_SECONDS).
 */
const DEFLATE_V1 = 0x01;
const PLAIN_JSON = 0x7b; // '{'

/** What exchanges have in common, most frequent last (deflate finds recent bytes with shorter distances). */
export const DICTIONARY_V1 = Buffer.from(
  [
    '{"success":false,"message":"Validation failed","errors":[{"code":"7100","message":""}]}',
    '{"statusCode":200,"message":"ok","data":{"accessToken":"[REDACTED]","refreshToken":"[REDACTED]"}}',
    '"cardId":,"userId":,"partnerId":"","batchId":"","status":"pending","processed":,"total":,"amount":,"currency":"GTQ","reference":"","uid":"trx_"',
    '{"upstream":"cms","method":"PUT","url":"/cms/rest/app/partners/","outcome":"timeout","attempt":2,"startedAt":"2026-01-01T00:00:00.000Z","durationMs":',
    '{"upstream":"wallet","method":"GET","url":"/rest/cards/","outcome":404,"attempt":1,"startedAt":"2026-01-01T00:00:00.000Z","durationMs":',
    '{"upstream":"middleware","method":"POST","url":"/mw/transactions","outcome":201,"attempt":1,"startedAt":"2026-01-01T00:00:00.000Z","durationMs":',
    '"requestHeaders":{"accept":"application/json","content-type":"application/json","x-request-id":"","authorization":"[REDACTED]"},"requestBody":null,',
    '"requestBody":{"contentType":"application/json","bytes":,"content":{"',
    '"responseHeaders":{"content-type":"application/json; charset=utf-8","content-length":"","date":"Sun, 01 Jan 2026 00:00:00 GMT"},',
    '"responseBody":{"contentType":"application/json; charset=utf-8","bytes":,"content":{"success":true,"message":"ok","data":{"',
  ].join(''),
);

/**
 * A 4 KB window, the smallest hash memory and 512 B output chunks: setting zlib up is most of the cost of deflating a
 * record this small, and the defaults (32 KB window, 256 KB of hash, 16 KB output buffer) give the same size here for
 * twice the CPU and more garbage. Inflating with the default window reads any smaller one.
 */
const DEFLATE_OPTIONS = { dictionary: DICTIONARY_V1, windowBits: 12, memLevel: 2, chunkSize: 512 };

export function encodeExchange(exchange: object): Buffer {
  const payload = deflateRawSync(JSON.stringify(exchange), DEFLATE_OPTIONS);
  return Buffer.concat([Buffer.of(DEFLATE_V1), payload]);
}

export function decodeExchange<T>(record: Buffer): T {
  switch (record[0]) {
    case DEFLATE_V1:
      return JSON.parse(inflateRawSync(record.subarray(1), { dictionary: DICTIONARY_V1 }).toString('utf8')) as T;
    case PLAIN_JSON:
      return JSON.parse(record.toString('utf8')) as T;
    default:
      throw new Error(`Unknown support record format ${record[0]}`);
  }
}
