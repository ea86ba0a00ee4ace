import { isEmail } from 'class-validator';
import { cardNumberRuns, luhnValid } from '#common';
import type { SuspensionType } from '#middleware';

export const SUSPENSION_LISTS = ['block', 'allow'] as const;
export const SUSPENSION_TYPES = ['card-fingerprint', 'bin', 'email', 'phone', 'document'] as const;

/**
 * Whether a value could be a card number, which must never be stored in a fraud list. Phones (up to 15 digits) and
 * documents (a Guatemalan DPI has 13) are long digit runs by nature: for them only a run passing the Luhn check, as every
 * PAN does, is refused. Any other type refuses every 12–19 digit run.
 */
export function mayBeCardNumber(type: SuspensionType, value: string): boolean {
  const runs = cardNumberRuns(value);
  return type === 'phone' || type === 'document' ? runs.some((run) => run.length >= 13 && luhnValid(run)) : runs.length > 0;
}

const SHAPES: Record<SuspensionType, { test(value: string): boolean; message: string }> = {
  bin: { test: (v) => /^\d{6,8}$/.test(v), message: 'a bin value must be 6 to 8 digits' },
  email: { test: (v) => v.length <= 254 && isEmail(v), message: 'an email value must be an e-mail address' },
  phone: { test: (v) => /^\+?\d{6,15}$/.test(v), message: 'a phone value must be 6 to 15 digits, optionally after a +' },
  document: { test: (v) => /^[A-Za-z0-9]{4,30}$/.test(v), message: 'a document value must be 4 to 30 letters or digits' },
  'card-fingerprint': { test: (v) => /^[A-Za-z0-9_-]{8,128}$/.test(v), message: 'a card-fingerprint value must be an opaque token of 8 to 128 letters, digits, _ or -' },
};

/** Why a value does not fit its type, or undefined when it does. Messages never repeat the value. */
export function suspensionValueProblem(type: SuspensionType, value: string): string | undefined {
  const shape = SHAPES[type];
  if (!shape) return undefined; // the type's own @IsIn reports it
  if (mayBeCardNumber(type, value)) return 'value must not be a card number (send a card-fingerprint token or a bin)';
  return shape.test(value) ? undefined : shape.message;
}
