/** Fraud lists per client (an assumed model: Migo documents only "per-client blacklist, whitelist and suspension rules"). */
export const SUSPENSION_LISTS = ['block', 'allow'] as const;
export const SUSPENSION_TYPES = ['card-fingerprint', 'bin', 'email', 'phone', 'document'] as const;
export type SuspensionList = (typeof SUSPENSION_LISTS)[number];
export type SuspensionType = (typeof SUSPENSION_TYPES)[number];

export interface SuspensionEntry {
  id: string;
  client: string;
  list: SuspensionList;
  type: SuspensionType;
  value: string;
  reason: string;
  createdAt: string;
}

/** The decline code of a payment attempt a block entry matched. */
export const FRAUD_DECLINE_CODE = 'suspended_by_fraud_rule';

/** What a payment attempt tells the fraud lists about itself (the hosted checkout sees all of it). */
export interface PaymentAttempt {
  bin?: string;
  fingerprint?: string;
  email?: string;
  phone?: string;
  document?: string;
}

/** The form entries are stored and compared in: e-mails lower-case, phones without separators, documents upper-case. */
export function normalizedValue(type: SuspensionType, value: string): string {
  const trimmed = value.trim();
  if (type === 'email') return trimmed.toLowerCase();
  if (type === 'phone') return trimmed.replace(/[\s()-]/g, '');
  if (type === 'document') return trimmed.replace(/[\s-]/g, '').toUpperCase();
  return trimmed;
}

const SHAPES: Record<SuspensionType, RegExp> = {
  bin: /^\d{6,8}$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  phone: /^\+?\d{6,15}$/,
  document: /^[A-Z0-9]{4,30}$/,
  'card-fingerprint': /^[A-Za-z0-9_-]{8,128}$/,
};

/** Whether a normalized value fits its type; a bare 12–19 digit card fingerprint (a PAN) never does. */
export function valueFits(type: SuspensionType, value: string): boolean {
  if (type === 'card-fingerprint' && /^\d{12,19}$/.test(value)) return false;
  return SHAPES[type].test(value);
}

/** The attempt's identifiers other than its BIN, as [type, normalized value] pairs (BINs match by prefix: entryMatches). */
export function attemptKeys(attempt: PaymentAttempt): Array<[SuspensionType, string]> {
  const keys: Array<[SuspensionType, string]> = [];
  if (attempt.fingerprint) keys.push(['card-fingerprint', attempt.fingerprint]);
  if (attempt.email) keys.push(['email', normalizedValue('email', attempt.email)]);
  if (attempt.phone) keys.push(['phone', normalizedValue('phone', attempt.phone)]);
  if (attempt.document) keys.push(['document', normalizedValue('document', attempt.document)]);
  return keys;
}

/** A BIN entry matches a card whose leading digits start with it (a 6-digit entry covers its 8-digit ranges). */
export function entryMatches(entry: SuspensionEntry, attempt: PaymentAttempt): boolean {
  if (entry.type === 'bin') return attempt.bin !== undefined && attempt.bin.startsWith(entry.value);
  return attemptKeys(attempt).some(([type, value]) => type === entry.type && value === entry.value);
}

export function suspensionView(entry: SuspensionEntry) {
  return { ...entry };
}
