import { isSensitiveKey, redact, REDACTED, redactionMayChange, redactText, redactUrl } from '#common';
import type { RecordedBody } from './exchange-recorder.js';

/** Bodies longer than this (after redaction) are cut, and say so. */
export const RECORDED_BODY_LIMIT_BYTES = 16 * 1024;

const TEXTUAL = /^(application\/([\w.+-]*\+)?(json|xml|x-www-form-urlencoded|problem\+json)|text\/)/i;

/**
 * redact(value), or value itself when redacting could not change its JSON (the common case: no credential key, no
 * PAN, bearer token or PEM block): the copy is only ever serialized, so skipping it changes nothing stored. The
 * recorder then holds the caller's own object: it serializes the exchange in record() (SupportExchangeStore does),
 * before the caller can change it.
 */
function redactedForJson<T>(value: T): T {
  return redactionMayChange(value) ? redact(value) : value;
}

function capped(redacted: unknown, bytes: number, contentType: string | undefined): RecordedBody {
  const text = typeof redacted === 'string' ? redacted : JSON.stringify(redacted) ?? '';
  if (Buffer.byteLength(text) <= RECORDED_BODY_LIMIT_BYTES) return { contentType, bytes, content: redacted };
  // Cut on a character boundary; the cut text was redacted whole, so no partial secret can surface.
  const cut = Buffer.from(text).subarray(0, RECORDED_BODY_LIMIT_BYTES).toString('utf8').replace(/\uFFFD$/, '');
  return { contentType, bytes, content: cut, truncated: true };
}

function fromText(text: string, bytes: number, contentType: string | undefined): RecordedBody {
  try {
    return capped(redactedForJson(JSON.parse(text) as unknown), bytes, contentType);
  } catch {
    return capped(redactText(text), bytes, contentType);
  }
}

/** What the BFF sent: a JSON value, a FormData upload, or raw bytes. */
export function recordRequestBody(body: unknown, contentType: string | undefined): RecordedBody | null {
  if (body === undefined || body === null) return null;
  if (body instanceof FormData) return { contentType: 'multipart/form-data', omitted: 'multipart' };
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) return { contentType, bytes: body.byteLength, omitted: 'binary' };
  if (typeof body === 'string') return fromText(body, Buffer.byteLength(body), contentType);
  return capped(redactedForJson(body), Buffer.byteLength(JSON.stringify(body) ?? ''), contentType ?? 'application/json');
}

/**
 * What Migo answered, from the raw bytes (before envelope parsing); binary answers are described, not stored.
 * `decoded` is the JSON value the caller already parsed from those bytes, when it did, so they are not parsed twice.
 */
export function recordResponseBody(raw: unknown, contentType: string | undefined, decoded?: unknown): RecordedBody | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string') return fromText(raw, Buffer.byteLength(raw), contentType);
  const bytes = Buffer.isBuffer(raw) ? raw : raw instanceof ArrayBuffer || raw instanceof Uint8Array ? Buffer.from(raw as ArrayBuffer) : undefined;
  if (!bytes) return { contentType, omitted: 'stream' };
  if (bytes.length === 0) return null;
  if (contentType && !TEXTUAL.test(contentType)) return { contentType, bytes: bytes.length, omitted: 'binary' };
  if (decoded !== null && typeof decoded === 'object') return capped(redactedForJson(decoded), bytes.length, contentType);
  return fromText(bytes.toString('utf8'), bytes.length, contentType);
}

/** Describe the BFF's connection to Migo, not the exchange (RFC 9110 §7.6.1): not kept. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/** Header values with credentials removed (by name, and bearer tokens / PANs by shape); hop-by-hop headers left out. */
export function recordHeaders(headers: Record<string, string>): Record<string, string> {
  // redact() of the kept headers, in the same pass: a credential by name, else the value scrubbed as text.
  const kept: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    if (HOP_BY_HOP.has(name.toLowerCase()) || name === '__proto__') continue;
    const value = headers[name];
    kept[name] = isSensitiveKey(name) ? REDACTED : typeof value === 'string' ? redactText(value) : redact(value);
  }
  return kept;
}

const basePaths = new Map<string, string>();

function basePathOf(baseUrl: string): string {
  let basePath = basePaths.get(baseUrl);
  if (basePath === undefined) {
    basePath = new URL(baseUrl).pathname.replace(/\/$/, '');
    basePaths.set(baseUrl, basePath);
  }
  return basePath;
}

/** `base path + path + ?query`, with sensitive query parameters redacted by name and shape. */
export function recordUrl(baseUrl: string, path: string, query: Record<string, string | number | boolean | undefined> | undefined): string {
  const basePath = basePathOf(baseUrl);
  if (!query) return redactUrl(`${basePath}${path}`);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(redact(query))) if (value !== undefined) search.append(key, String(value));
  const qs = search.toString();
  return redactUrl(`${basePath}${path}${qs ? `?${qs}` : ''}`);
}
