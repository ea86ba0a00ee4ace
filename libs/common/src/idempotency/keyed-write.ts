import { createHash } from 'node:crypto';
import { ProblemError, ProblemType } from '../problem/problem.js';

/**
 * A write route that accepts Idempotency-Key, seen from the key's side: where the BFF's reference goes in Migo's
 * request, and which non-secret facts it keeps to find the write at Migo later. Each surface library holds the
 * descriptors of its writes in one file (e.g. libs/wallet-gateway/src/write-references.ts), beside the lookup.
 */
export interface KeyedWrite<Hints = unknown> {
  /** `<surface>.<write>`, e.g. `wallet.card-transfer`. */
  readonly kind: string;
  /**
   * Puts the reference into the request body as it arrived (before validation). Throws a 4xx ProblemError when the
   * body leaves no room for it; leaves a body it cannot make sense of alone (validation refuses it next).
   */
  stamp(body: unknown, reference: string): void;
  /** Lookup facts from the request as it arrived (card id, client, subscriptions); never a secret. */
  hints(request: { body: unknown; params: Record<string, string> }): Hints | undefined;
}

/**
 * The reference the BFF stamps on a keyed write: derived from the app and the key's hash, so the same key always
 * stamps the same reference (a record Redis lost can still be found at Migo) and another app's same key never does.
 * It reveals neither the key nor the app.
 */
export function writeReference(scope: string, keyHash: string): string {
  return `bff_${createHash('sha256').update(`${scope}\n${keyHash}`).digest('hex').slice(0, 24)}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

/** How a reference appears at the end of a free-text field (the lookups match on it). */
export const referenceTag = (reference: string) => `[${reference}]`;

/**
 * Appends the reference to a free-text field of at most `maxLength` characters, refusing (400, before Migo) a text
 * that leaves no room for it; a field that is not a string is left alone (validation refuses it).
 */
export function appendReference(body: Record<string, unknown>, field: string, reference: string, maxLength: number): void {
  const current = body[field];
  if (current !== undefined && typeof current !== 'string') return;
  const tag = referenceTag(reference);
  const room = maxLength - tag.length - 1;
  if (typeof current === 'string' && current.length > room) {
    throw ProblemError.of(400, ProblemType.validation, 'Bad request', `${field} is too long for a keyed write`, {
      errors: [{ field, message: `${field} may hold at most ${room} characters when an Idempotency-Key is sent: the BFF appends its reference to it` }],
    });
  }
  body[field] = current ? `${current} ${tag}` : tag;
}
