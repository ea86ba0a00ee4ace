import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, UseInterceptors, applyDecorators, SetMetadata } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, Observable, of, throwError } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { fingerprintOf, IdempotencyStore, ProblemError, ProblemType } from '#common';
import { UpstreamError } from '#migo-http';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import { problemFor } from './problem-mapping.js';

export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');
export const IDEMPOTENT_ROUTE = 'bff:idempotent';
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

/**
 * Money-moving writes: Migo has no idempotency keys, so the BFF offers them. Marks the route (for docs) and installs
 * the interceptor. Put it AFTER a FileInterceptor so the uploaded file is part of the fingerprint.
 */
export const Idempotent = () => applyDecorators(SetMetadata(IDEMPOTENT_ROUTE, true), UseInterceptors(IdempotencyInterceptor));

/** Did the request certainly leave Migo untouched? Then the key may be used again. */
function changedNothingUpstream(error: unknown): boolean {
  if (error instanceof UpstreamError) return error.kind === 'circuit-open';
  return error instanceof ProblemError; // refused by the BFF itself (validation, auth) before any upstream call
}

/**
 * `Idempotency-Key` on a write: the first request runs and its outcome (success, or a failure after which Migo may
 * have acted) is kept 24 h; a replay gets that outcome with `idempotent-replayed: true`; a duplicate while the first
 * is running gets 409; the same key with a different request gets 422.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest & { file?: { buffer?: Buffer } }>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const header = request.headers['idempotency-key'];
    if (header === undefined) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY_SHAPE.test(key)) {
      return throwError(() => ProblemError.of(400, ProblemType.validation, 'Invalid Idempotency-Key', 'Idempotency-Key must be 1–255 visible ASCII characters'));
    }
    const scope = request.apiClient?.name ?? 'anonymous';
    const fingerprint = fingerprintOf({ method: request.method, url: request.url, body: request.body ?? null, file: request.file?.buffer ?? null });
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? (request.method === 'POST' ? 201 : 200);

    return from(this.store.begin(scope, key, fingerprint)).pipe(
      mergeMap((begun) => {
        switch (begun.kind) {
          case 'in-flight':
            return throwError(() => ProblemError.of(409, ProblemType.idempotencyInProgress, 'Request in progress', 'A request with this Idempotency-Key is still being processed; retry later', {}, { 'retry-after': '1' }));
          case 'mismatch':
            return throwError(() => ProblemError.of(422, ProblemType.idempotencyMismatch, 'Idempotency-Key reused', 'This Idempotency-Key was used for a different request'));
          case 'replay': {
            const replayed = { ...begun.outcome.headers, 'idempotent-replayed': 'true' };
            if (begun.outcome.problem) return throwError(() => new ProblemError(begun.outcome.problem!, replayed));
            for (const [name, value] of Object.entries(replayed)) reply.header(name, value);
            return of(begun.outcome.body);
          }
          case 'started':
            return next.handle().pipe(
              mergeMap(async (body) => {
                const location = reply.getHeader('location');
                await this.store.complete(scope, key, fingerprint, { status, headers: location ? { location: String(location) } : {}, body });
                return body;
              }),
              catchError((error: unknown) => from(this.settleFailure(scope, key, fingerprint, error, request)).pipe(mergeMap(() => throwError(() => error)))),
            );
        }
      }),
    );
  }

  private async settleFailure(scope: string, key: string, fingerprint: string, error: unknown, request: FastifyRequest): Promise<void> {
    if (changedNothingUpstream(error)) return this.store.abandon(scope, key);
    // Migo may have acted (or answered definitively): keep the outcome so a retry cannot move money twice.
    const { problem, headers } = problemFor(error, request);
    await this.store.complete(scope, key, fingerprint, { status: problem.status, headers, problem });
  }
}
