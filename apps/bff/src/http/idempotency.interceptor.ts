import { applyDecorators, CallHandler, ExecutionContext, Inject, Injectable, Logger, NestInterceptor, SetMetadata, UseInterceptors } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, Observable, throwError } from 'rxjs';
import {
  currentRequestContext,
  fingerprintOf,
  IdempotencyStore,
  idempotencyKeyHash,
  KeyedWrite,
  ProblemError,
  ProblemType,
  StoredOutcome,
  UNRECONCILABLE,
  UnknownCause,
  WriteIntent,
  writeReference,
} from '#common';
import { UpstreamError } from '#migo-http';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import { writeDurably } from './durable-write.js';
import { problemFor } from './problem-mapping.js';
import { httpCodeOf } from '../openapi/framework-metadata.js';

export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');
export const IDEMPOTENT_ROUTE = 'bff:idempotent';
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;
/** Retry-After while a key's outcome is being found out (the reconciler looks within seconds; a release waits longer). */
const OUTCOME_UNKNOWN_RETRY_AFTER = '5';

export interface IdempotentOptions {
  /**
   * Where the BFF's reference goes in this write and how the reconciler finds it at Migo (from the surface library's
   * write-references). Without it an unknown outcome cannot be looked up, and the key stays blocked for its retention.
   */
  write?: KeyedWrite;
}

/**
 * Money-moving writes: Migo has no idempotency keys, so the BFF offers them. Marks the route (for docs) and installs
 * the interceptor. Put it above @Upload so the uploaded file is part of the fingerprint.
 */
export const Idempotent = (options: IdempotentOptions = {}) => applyDecorators(SetMetadata(IDEMPOTENT_ROUTE, options), UseInterceptors(IdempotencyInterceptor));

type KeyedRequest = FastifyRequest & AuthenticatedRequest & { file?: { buffer?: Buffer } };

/** Migo answered before doing anything: our credentials refused (after a fresh-token retry), throttled, breaker open. */
function refusedBeforeActing(error: unknown): boolean {
  if (!(error instanceof UpstreamError)) return false;
  return error.kind === 'unauthorized' || error.kind === 'circuit-open' || (error.kind === 'response' && error.status === 429);
}

/** Migo answered no: the key's outcome is that refusal (replayed), as for any other answer. */
function refusedByMigo(error: unknown): boolean {
  return error instanceof UpstreamError && error.kind === 'response' && error.status !== undefined && error.status >= 400 && error.status < 500 && error.status !== 408;
}

function outcomeUnknown(status: 409 | 503, reference: string, kind: string, upstream?: UpstreamError): ProblemError {
  const what = status === 503 ? 'This request may have reached Migo, and what Migo did is not known' : 'The first request with this Idempotency-Key may have reached Migo, and what Migo did is not known yet';
  const next =
    kind === UNRECONCILABLE
      ? 'This kind of write cannot be looked up at Migo: the key stays blocked for its retention period; check with Migo before using a new key.'
      : `The BFF is finding out from Migo (reference ${reference}); retry with the same key: it answers 409 until then, and afterwards replays what Migo did, or runs anew if Migo never acted.`;
  return ProblemError.of(
    status,
    ProblemType.upstreamOutcomeUnknown,
    'Upstream outcome unknown',
    `${what}. It will not be sent again under this key. ${next}`,
    upstream ? { upstream: upstream.toProblemUpstream() } : {},
    { 'retry-after': OUTCOME_UNKNOWN_RETRY_AFTER },
  );
}

/**
 * `Idempotency-Key` on a write. The first request runs; its outcome (Migo's answer, or Migo's refusal) is kept 24 h
 * and replayed with `idempotent-replayed: true`; a duplicate while it runs gets 409; the same key with another request
 * 422. When the first request may have reached Migo without a known outcome (no answer, the instance died, Redis lost
 * the record), the key is unknown-outcome: 503 to that request, 409 to retries, never run again, until the worker's
 * reconciler finds the write at Migo by the reference stamped on it (then it replays) or finds that Migo never acted
 * (then the next request runs as new, with `idempotent-released: true`). See IdempotencyStore for the states.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(
    @Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<KeyedRequest>();
    const header = request.headers['idempotency-key'];
    if (header === undefined) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY_SHAPE.test(key)) return throwError(() => ProblemError.of(400, ProblemType.validation, 'Invalid Idempotency-Key', 'Idempotency-Key must be 1–255 visible ASCII characters'));
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const write = this.reflector.get<IdempotentOptions | undefined>(IDEMPOTENT_ROUTE, context.getHandler())?.write;
    const status = httpCodeOf(context.getHandler()) ?? (request.method === 'POST' ? 201 : 200);
    return from(this.keyed(request, reply, key, write, status, next));
  }

  private async keyed(request: KeyedRequest, reply: FastifyReply, key: string, write: KeyedWrite | undefined, status: number, next: CallHandler): Promise<unknown> {
    const scope = request.apiClient?.name ?? 'anonymous';
    // The fingerprint is of the request as the app sent it; the reference is stamped afterwards (same key, same stamp).
    const fingerprint = fingerprintOf({ method: request.method, url: request.url, body: request.body ?? null, file: request.file?.buffer ?? null });
    const keyHash = idempotencyKeyHash(key);
    const reference = write ? writeReference(scope, keyHash) : '';
    write?.stamp(request.body, reference);
    const params = (request.params ?? {}) as Record<string, string>;
    const intent: WriteIntent = { fingerprint, kind: write?.kind ?? UNRECONCILABLE, reference, hints: write?.hints({ body: request.body, params }) };

    const begun = await this.store.begin(scope, key, intent, keyHash);
    switch (begun.kind) {
      case 'in-flight':
        throw ProblemError.of(409, ProblemType.idempotencyInProgress, 'Request in progress', 'A request with this Idempotency-Key is still being processed; retry later', {}, { 'retry-after': '1' });
      case 'mismatch':
        throw ProblemError.of(422, ProblemType.idempotencyMismatch, 'Idempotency-Key reused', 'This Idempotency-Key was used for a different request');
      case 'unknown':
        // Redis lost the records: to this request the key is new, but an earlier attempt may have been done.
        throw outcomeUnknown(begun.cause === 'records-lost' && begun.fresh ? 503 : 409, reference, intent.kind);
      case 'replay': {
        const replayed = { ...begun.outcome.headers, 'idempotent-replayed': 'true' };
        if (begun.outcome.problem) throw new ProblemError(begun.outcome.problem, replayed);
        for (const [name, value] of Object.entries(replayed)) reply.header(name, value);
        return begun.outcome.body;
      }
      case 'started':
        if (begun.released) reply.header('idempotent-released', 'true');
        return this.execute(scope, begun.keyHash, begun.attempt, intent, status, request, reply, next);
    }
  }

  private async execute(scope: string, keyHash: string, attempt: number, intent: WriteIntent, status: number, request: KeyedRequest, reply: FastifyReply, next: CallHandler): Promise<unknown> {
    const stopLease = this.store.holdLease(scope, keyHash, attempt);
    const context = currentRequestContext();
    const writesBefore = context?.upstreamWrites ?? 0;
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      stopLease();
      const reachedMigo = (context?.upstreamWrites ?? 0) > writesBefore;
      throw await this.settleFailure(scope, keyHash, attempt, intent, error, reachedMigo, request);
    }
    stopLease();
    const location = reply.getHeader('location');
    const outcome: StoredOutcome = { status, headers: location ? { location: String(location) } : {}, body };
    // The answer is Migo's whether or not the record gets written now: a late record is retried in the background.
    await this.durably('complete', scope, keyHash, () => this.store.complete(scope, keyHash, attempt, intent, outcome));
    return body;
  }

  /** Records what a failure means for the key and answers the error the app gets. */
  private async settleFailure(scope: string, keyHash: string, attempt: number, intent: WriteIntent, error: unknown, reachedMigo: boolean, request: KeyedRequest): Promise<unknown> {
    if (!reachedMigo || refusedBeforeActing(error)) {
      await this.durably('forget', scope, keyHash, () => this.store.forget(scope, keyHash, attempt));
      return error;
    }
    if (refusedByMigo(error)) {
      const { problem, headers } = problemFor(error, request);
      await this.durably('complete', scope, keyHash, () => this.store.complete(scope, keyHash, attempt, intent, { status: problem.status, headers, problem }));
      return error;
    }
    // No answer (timeout, 5xx, connection lost), or the route failed after Migo answered (e.g. Redis went away while
    // the tracking job was recorded): Migo may have acted.
    const upstream = error instanceof UpstreamError ? error : undefined;
    const cause: UnknownCause = upstream ? 'upstream-unanswered' : 'handler-failed';
    if (!upstream) this.logger.warn({ err: error instanceof Error ? error.message : String(error), kind: intent.kind, reference: intent.reference }, 'keyed write failed after reaching Migo; its outcome is unknown');
    await this.durably('mark unknown', scope, keyHash, () => this.store.markUnknown(scope, keyHash, attempt, intent, cause));
    return outcomeUnknown(503, intent.reference, intent.kind, upstream);
  }

  private async durably(what: string, scope: string, keyHash: string, write: () => Promise<unknown>): Promise<void> {
    const written = await writeDurably(write, {
      inlineMs: 1500,
      backgroundMs: 120_000,
      onGiveUp: (error) => this.logger.error({ app: scope, keyHash, err: error instanceof Error ? error.message : String(error) }, `idempotency record (${what}) not written; the key's lease lapses and the reconciler settles it`),
    });
    if (!written) this.logger.warn({ app: scope, keyHash }, `idempotency record (${what}) not written yet; retrying in the background`);
  }
}
