import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * How support exchanges are kept in Redis. Support keeps every request's exchanges 7 days, so their size is most of
 * what Redis holds for the BFF. The exchanges written in one flush are deflated together into one segment (a format
 * byte, then a JSON array, deflated with a preset dictionary of what every exchange repeats): similar exchanges
 * compress far better together than one by one, and one deflate per batch costs a few µs per exchange where one per
 * exchange cost ~20 (bench/RESULTS.md). Requests are found through pointers into segments. A dictionary
 * can never change once segments use it: a new one needs a new format byte, and the old one must be kept for as long
 * as its segments live (SUPPORT_RETENTION_SECONDS).
 */
const SEGMENT_DEFLATE_V1 = 0x01;

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

/** `exchanges`: each already serialized as JSON, in the order their pointers will name them. */
export function encodeSegment(exchanges: readonly string[]): Buffer {
  const payload = deflateRawSync(`[${exchanges.join(',')}]`, { dictionary: DICTIONARY_V1 });
  return Buffer.concat([Buffer.of(SEGMENT_DEFLATE_V1), payload]);
}

export function decodeSegment<T>(segment: Buffer): T[] {
  if (segment[0] !== SEGMENT_DEFLATE_V1) throw new Error(`Unknown support segment format ${segment[0]}`);
  return JSON.parse(inflateRawSync(segment.subarray(1), { dictionary: DICTIONARY_V1 }).toString('utf8')) as T[];
}

/** Where one exchange is: its index in a segment. A request's pointers are kept comma-separated. */
export interface Pointer {
  segmentId: string;
  index: number;
}

export function formatPointers(pointers: readonly Pointer[]): string {
  return pointers.map(({ segmentId, index }) => `${segmentId}:${index}`).join(',');
}

/** Throws on anything that is not a pointer list (written by a newer version, say): the caller decides to skip it. */
export function parsePointers(value: string): Pointer[] {
  return value.split(',').map((text) => {
    const match = /^([\w-]+):(\d+)$/.exec(text);
    if (!match) throw new Error(`Unknown support pointer "${text.slice(0, 24)}"`);
    return { segmentId: match[1], index: Number(match[2]) };
  });
}
