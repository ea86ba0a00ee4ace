/**
 * The one place that decides what is too sensitive to leave the process in logs, job data, metrics or errors:
 * credentials (authorization headers, tokens, keys, passwords, signatures, OTPs) by key name, and card data (PAN, CVV,
 * PIN) by key name and, for PANs, by shape anywhere in free text.
 */

export const REDACTED = '[REDACTED]';

/** Keys whose values are always removed, compared case-insensitively without `-`/`_`. */
const SENSITIVE_KEYS = new Set(
  [
    'authorization',
    'proxyauthorization',
    'xusertoken',
    'cookie',
    'setcookie',
    'password',
    'confirmpassword',
    'newpassword',
    'pin',
    'cvv',
    'cvc',
    'cvv2',
    'pan',
    'card',
    'cardnumber',
    'cardinfo',
    'token',
    'accesstoken',
    'refreshtoken',
    'elevatedtoken',
    'idtoken',
    'apikey',
    'xapikey',
    'secret',
    'clientsecret',
    'privatekey',
    'publickey',
    'signature',
    'otp',
    'merchanttoken',
    'idempotencykey',
  ].map((k) => k.toLowerCase()),
);

/** Keys repeat from body to body; each is normalized once (bounded, so hostile payloads cannot grow it). */
const keyVerdicts = new Map<string, boolean>();
const KEY_VERDICTS_MAX = 4096;

export function isSensitiveKey(key: string): boolean {
  let verdict = keyVerdicts.get(key);
  if (verdict === undefined) {
    verdict = SENSITIVE_KEYS.has(key.replace(/[-_]/g, '').toLowerCase());
    if (keyVerdicts.size >= KEY_VERDICTS_MAX) keyVerdicts.clear();
    keyVerdicts.set(key, verdict);
  }
  return verdict;
}

/** 13–19 digits, optionally grouped by spaces or dashes, not part of a longer number. */
// Not inside a longer token: a UUID such as a request id (`…-4279-9494-383430cb…`) holds Luhn-valid digit runs.
const PAN_LIKE = /(?<![\w-])(?:\d[ -]?){12,18}\d(?![\w-])/g;
/** `Bearer <token>` anywhere in text. */
const BEARER = /\b(Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
/** PEM blocks (private keys above all). */
const PEM = /-----BEGIN [A-Z ]+-----[\s\S]*?-----END [A-Z ]+-----/g;

/** Whether a string of digits passes the Luhn check that card numbers carry. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Whether `text` holds at least `count` digits: fewer than a PAN's 13 and no PAN can be in it. */
function hasDigits(text: string, count: number): boolean {
  for (let i = 0; i < text.length && count > 0; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count--;
  }
  return count === 0;
}

const BEARER_WORD = /bearer/i;

/** Masks card numbers (Luhn-valid 13–19 digit runs), bearer tokens and PEM blocks inside a string. */
export function redactText(text: string): string {
  // Shorter than the shortest PAN (13 digits) and than "Bearer " + 8 characters: nothing to find. Most values are.
  if (text.length < 13) return text;
  // Cheap checks first: most strings (dates, names, ids) hold neither the word nor 13 digits.
  let out = text.includes('-----BEGIN ') ? text.replace(PEM, '[REDACTED PEM]') : text;
  if (BEARER_WORD.test(out)) out = out.replace(BEARER, '$1 [REDACTED]');
  if (!hasDigits(out, 13)) return out;
  return out.replace(PAN_LIKE, (match) => {
    const digits = match.replace(/[ -]/g, '');
    return luhnValid(digits) ? `[PAN …${digits.slice(-4)}]` : match;
  });
  return out;
}

/**
 * Returns a copy with sensitive keys replaced and free text scrubbed. Handles cycles and caps depth so a hostile
 * payload cannot make logging expensive.
 */
export function redact<T>(value: T, depth = 8, seen = new WeakSet<object>()): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date || Buffer.isBuffer(value)) return value;
  if (seen.has(value as object)) return '[Circular]' as T;
  if (depth <= 0) return '[Truncated]' as T;
  seen.add(value as object);
  if (Array.isArray(value)) return value.map((item) => redact(item, depth - 1, seen)) as T;
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message), stack: value.stack ? redactText(value.stack) : undefined } as T;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    out[key] = isSensitiveKey(key) ? REDACTED : redact(item, depth - 1, seen);
  }
  return out as T;
}
