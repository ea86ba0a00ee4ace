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
    // A BFF operator session handle (header, and the `session` field of POST /v1/cms/sessions' answer).
    'xcmssession',
    'session',
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

/** 12–19 digits with single spaces or dashes allowed between them: how a card number is typed into a field. */
const CARD_DIGITS = String.raw`\d(?:[ -]?\d){11,18}`;
const CARD_VALUE = new RegExp(`^${CARD_DIGITS}$`);
const CARD_RUNS = new RegExp(CARD_DIGITS, 'g');

/** Whether a whole value is typed like a card number (a field that must hold a reference, never a PAN). */
export function isCardNumberLike(value: string): boolean {
  return CARD_VALUE.test(value);
}

/** The runs typed like a card number inside a value, as bare digits. */
export function cardNumberRuns(value: string): string[] {
  return (value.match(CARD_RUNS) ?? []).map((run) => run.replace(/[ -]/g, ''));
}

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

/**
 * Whether `text` holds a run of at least `count` digits, each separated from the next by at most one space or dash:
 * the only place PAN_LIKE can match. Dates, times, amounts and most ids hold digits, but in shorter runs.
 */
function hasDigitRun(text: string, count: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (++run >= count) return true;
    } else if (!(run > 0 && (code === 32 || code === 45) && isDigit(text.charCodeAt(i + 1)))) {
      run = 0;
    }
  }
  return false;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const BEARER_WORD = /bearer/i;

/**
 * Whether redactText could change `text`: false means it returns `text` itself. The same cheap checks it starts with:
 * most strings (dates, names, ids) are shorter than a PAN or hold neither a PEM block, the word "bearer" nor a run of
 * 13 digits.
 */
function mayHoldSecrets(text: string): boolean {
  return text.length >= 13 && (text.includes('-----BEGIN ') || BEARER_WORD.test(text) || hasDigitRun(text, 13));
}

/** Masks card numbers (Luhn-valid 13–19 digit runs), bearer tokens and PEM blocks inside a string. */
export function redactText(text: string): string {
  // Shorter than the shortest PAN (13 digits) and than "Bearer " + 8 characters: nothing to find. Most values are.
  if (text.length < 13) return text;
  // Cheap checks first: most strings (dates, names, ids) hold neither the word nor 13 digits.
  let out = text.includes('-----BEGIN ') ? text.replace(PEM, '[REDACTED PEM]') : text;
  if (BEARER_WORD.test(out)) out = out.replace(BEARER, '$1 [REDACTED]');
  if (!hasDigitRun(out, 13)) return out;
  return out.replace(PAN_LIKE, (match) => {
    const digits = match.replace(/[ -]/g, '');
    return luhnValid(digits) ? `[PAN …${digits.slice(-4)}]` : match;
  });
  return out;
}

/**
 * 12 or more digits in a row, possibly split by single dashes or spaces (` `, `+`, `%20`) (a PAN has 12–19; longer runs may hold
 * one), not inside a longer token (a UUID request id holds dash-joined digit runs).
 */
const URL_DIGIT_RUN = /(?<![\w-])\d(?:(?:-|\s|\+|%20)?\d){11,}(?![\w-])/g;

/**
 * Masks every card-number-like run (12 digits or more, Luhn-valid or not) in a URL's path and query before it is logged
 * or stored. Stricter than redactText, which keeps non-Luhn runs: a URL is never where a long number belongs, and a
 * masked id costs a record some detail while a PAN in it would put the store in PCI scope.
 */
export function redactUrl(url: string): string {
  if (!hasDigitRun(url, 12) && !url.includes('%20') && !url.includes('+')) return url;
  return url.replace(URL_DIGIT_RUN, (match) => `[PAN …${match.replace(/-|\s|\+|%20/g, '').slice(-4)}]`);
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

/**
 * Whether `redact(value, depth)` could serialize differently from `value` itself: false means JSON.stringify gives the
 * same text for both, so a caller that only needs the JSON (support's copy of an exchange) can skip redact's copy. A
 * read-only walk, conservative wherever redact rebuilds something: a sensitive key or `__proto__` anywhere, a string
 * redactText could change, nesting past `depth`, an Error, a boxed primitive, or an object with its own toJSON.
 */
export function redactionMayChange(value: unknown, depth = 8): boolean {
  if (typeof value === 'string') return mayHoldSecrets(value);
  if (value === null || typeof value !== 'object') return false;
  if (value instanceof Date || Buffer.isBuffer(value)) return false; // redact hands these back as they are
  if (depth <= 0) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (redactionMayChange(item, depth - 1)) return true;
    return false;
  }
  if (value instanceof Error || value instanceof String || value instanceof Number || value instanceof Boolean) return true;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return true;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || isSensitiveKey(key)) return true;
    if (redactionMayChange((value as Record<string, unknown>)[key], depth - 1)) return true;
  }
  return false;
}
