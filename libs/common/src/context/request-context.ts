import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface RequestContext {
  requestId: string;
  /** The calling app (BFF inbound auth), when known. */
  appName?: string;
  /** Requests other than GET sent to Migo so far: a keyed write whose count stayed 0 certainly changed nothing upstream. */
  upstreamWrites?: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with a request context, so upstream calls and log lines carry its request id. */
export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
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
