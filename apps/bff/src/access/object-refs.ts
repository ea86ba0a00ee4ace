import { ProblemError, ProblemType } from '#common';
import { JOB_ID_PATTERN, WATCH_ID_PATTERN } from '#jobs';
import { parseId, parsePathSegment } from '../http/ids.js';

/** What an object reference points at; each kind has one resolver (partner-resolvers.ts). */
export type ObjectKind =
  | 'partner'
  | 'wallet-user'
  | 'wallet-card'
  | 'wallet-transfer'
  | 'wallet-settlement'
  | 'payment-link'
  | 'alternative-payment'
  | 'subscription'
  | 'middleware-transaction'
  | 'job'
  | 'job-target'
  | 'watch'
  | 'watch-target';

/** Where the reference is read: a path parameter, the query, the JSON body, a multipart form field (then the query). */
export type RefSource = 'param' | 'query' | 'body' | 'form';

/**
 * What an absent reference means. `required`: 400. `app-partner`: an app limited to one partner means that partner (it
 * is filled in), any other app must name one (400). `app-partner-or-any`: likewise, but an app open to every partner may
 * leave it out (the route then covers every partner).
 */
export type WhenAbsent = 'required' | 'app-partner' | 'app-partner-or-any';

export interface ObjectRef {
  kind: ObjectKind;
  source: RefSource;
  /** Field name, or a dotted path into the body where `*` spans an array (`permissions.*.partnerId`). */
  path: string;
  absent: WhenAbsent;
  /** Answer when the object is not the app's: 403, or 404 where even its existence must not show (jobs). */
  refusal: 'forbidden' | 'not-found';
}

type RefOptions = Partial<Pick<ObjectRef, 'absent' | 'refusal'>>;

function refBuilder(kind: ObjectKind, defaults: RefOptions = {}) {
  const make = (source: RefSource, path: string, options: RefOptions = {}): ObjectRef => ({ kind, source, path, absent: 'required', refusal: 'forbidden', ...defaults, ...options });
  return {
    param: (name: string, options?: RefOptions) => make('param', name, options),
    query: (name: string, options?: RefOptions) => make('query', name, options),
    body: (path: string, options?: RefOptions) => make('body', path, options),
    /** A multipart form field, else the same name in the query. */
    formOrQuery: (name: string, options?: RefOptions) => make('form', name, options),
  };
}

/** A partner slug: CMS `partnerId` / `clientId`, a Middleware `client` (the same slug), a lead's `partner`. */
export const Partner = refBuilder('partner');
export const WalletUser = refBuilder('wallet-user');
export const WalletCard = refBuilder('wallet-card');
/** A card-to-card transfer: the app's when either card is (its own card's counterpart is part of its history). */
export const WalletTransfer = refBuilder('wallet-transfer');
/** A Wallet settlement: one partner's payments of one cutoff day. */
export const WalletSettlement = refBuilder('wallet-settlement');
export const PaymentLink = refBuilder('payment-link');
export const AlternativePayment = refBuilder('alternative-payment');
export const Subscription = refBuilder('subscription');
/** Either a payment-link or an alternative-payment uid (verify-card takes both). */
export const MiddlewareTransaction = refBuilder('middleware-transaction');
/** One of the calling app's jobs: another app's job, or one of a partner the app may not see, is not found. */
export const Job = refBuilder('job', { refusal: 'not-found' });
/** The upstream work `POST /v1/jobs {type, upstreamId, partnerId?}` asks to follow: the object of the route that starts it. */
export const JobTarget = { body: (): ObjectRef => ({ kind: 'job-target', source: 'body', path: '', absent: 'required', refusal: 'forbidden' }) };
/** One of the calling app's watches: another app's watch, or one of a partner the app may not see, is not found. */
export const Watch = refBuilder('watch', { refusal: 'not-found' });
/** The object `POST /v1/watches {type, upstreamId, partnerId?}` asks to watch. */
export const WatchTarget = { body: (): ObjectRef => ({ kind: 'watch-target', source: 'body', path: '', absent: 'required', refusal: 'forbidden' }) };

/** References read from the whole body (`{type, upstreamId, partnerId}`), not one field. */
export function isBodyTarget(kind: ObjectKind): kind is 'job-target' | 'watch-target' {
  return kind === 'job-target' || kind === 'watch-target';
}

export const ID_KINDS: ReadonlySet<ObjectKind> = new Set(['wallet-user', 'wallet-card', 'wallet-transfer']);

/** A reference's value, checked for shape: ids are safe positive integers, other references path-safe strings. */
export type RefValue = number | string | { type: unknown; upstreamId: unknown; partnerId: unknown };

export function invalidField(field: string, message: string): ProblemError {
  return ProblemError.of(400, ProblemType.validation, 'Invalid request', message, { errors: [{ field, message }] });
}

function container(request: { params?: unknown; query?: unknown; body?: unknown }, source: RefSource): Record<string, unknown> {
  const value = source === 'param' ? request.params : source === 'query' ? request.query : request.body;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Values at a dotted path; `*` fans out over an array. Missing steps give no value. */
function valuesAt(root: unknown, path: string[]): unknown[] {
  if (path.length === 0) return root === undefined || root === null ? [] : [root];
  if (!root || typeof root !== 'object') return [];
  const [step, ...rest] = path;
  if (step === '*') return Array.isArray(root) ? root.flatMap((item) => valuesAt(item, rest)) : [];
  return valuesAt((root as Record<string, unknown>)[step], rest);
}

/** Where a reference's values are, as a field name for error messages. */
export function refField(ref: ObjectRef): string {
  return isBodyTarget(ref.kind) ? 'body' : ref.path;
}

/** The raw values the request gives for a reference (a form field falls back to the query). */
export function rawRefValues(ref: ObjectRef, request: { params?: unknown; query?: unknown; body?: unknown }): unknown[] {
  if (isBodyTarget(ref.kind)) return [request.body];
  const found = valuesAt(container(request, ref.source), ref.path.split('.'));
  if (found.length === 0 && ref.source === 'form') return valuesAt(container(request, 'query'), ref.path.split('.'));
  return found;
}

/** Checks one raw value's shape (400 on a malformed one, for every app alike, as the route's validation would). */
export function parseRefValue(ref: ObjectRef, raw: unknown): RefValue {
  const field = refField(ref);
  if (isBodyTarget(ref.kind)) {
    const body = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    return { type: body.type, upstreamId: body.upstreamId, partnerId: body.partnerId };
  }
  if (ID_KINDS.has(ref.kind)) {
    const id = typeof raw === 'number' ? (Number.isSafeInteger(raw) && raw > 0 ? raw : undefined) : ref.source === 'body' ? undefined : parseId(raw);
    if (id === undefined) throw invalidField(field, `${field} must be a positive integer no larger than ${Number.MAX_SAFE_INTEGER}`);
    return id;
  }
  const text = parsePathSegment(raw);
  if (text === undefined) throw invalidField(field, `${field} must be 1 to 200 printable characters and not "." or ".."`);
  if (ref.kind === 'job' && !JOB_ID_PATTERN.test(text)) throw ProblemError.of(404, ProblemType.notFound, 'Not found', `No job ${text}`);
  if (ref.kind === 'watch' && !WATCH_ID_PATTERN.test(text)) throw ProblemError.of(404, ProblemType.notFound, 'Not found', `No watch ${text}`);
  return text;
}
