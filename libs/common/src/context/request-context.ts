import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface RequestContext {
  requestId: string;
  /** The calling app (BFF inbound auth), when known. */
  appName?: string;
  /** Why upstream calls made under this context are not simply the app's (see CallPurpose). */
  purpose?: CallPurpose;
  /** Requests other than GET sent to Migo so far: a keyed write whose count stayed 0 certainly changed nothing upstream. */
  upstreamWrites?: number;
  /**
   * The CMS operator session this request acts as (an AccessTokenSource of libs/migo-auth, opaque here); absent = the
   * service operator. Set once the BFF has checked the session belongs to the calling app.
   */
  cmsOperator?: unknown;
}

/**
 * Upstream calls a request makes that the app must not see in its support record (admins see them, marked): the
 * owner lookups that decide access (`access-lookup`), and the unfiltered upstream list behind an answer the BFF filtered
 * to the app's partners (`unfiltered-list`).
 */
export type CallPurpose = 'access-lookup' | 'unfiltered-list';

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with a request context, so upstream calls and log lines carry its request id. */
export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Runs `fn` inside the current request, its upstream calls marked with `purpose` (same request id and app). */
export function runWithPurpose<T>(purpose: CallPurpose, fn: () => T): T {
  const context = storage.getStore();
  return context ? storage.run({ ...context, purpose }, fn) : fn();
}

/** Mutates the current context in place (e.g. once inbound auth has identified the app). */
export function enrichRequestContext(patch: Partial<RequestContext>): void {
  const context = storage.getStore();
  if (context) Object.assign(context, patch);
}

/** Called just before a request other than GET leaves for Migo. */
export function noteUpstreamWrite(): void {
  const context = storage.getStore();
  if (context) context.upstreamWrites = (context.upstreamWrites ?? 0) + 1;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a caller's x-request-id when it is a sane token; otherwise generates one. */
export function acceptOrGenerateRequestId(incoming: unknown): string {
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
