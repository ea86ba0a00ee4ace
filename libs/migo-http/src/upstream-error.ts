import { UpstreamName } from './upstream-name.js';

/**
 * What went wrong with an upstream call:
 * - `response`: Migo answered with an error status (or `success:false`);
 * - `unauthorized`: Migo refused our credentials even with the shared and a renewed session (upstream-http.service.ts);
 * - `timeout`, `network`: no usable answer;
 * - `cancelled`: the caller stopped waiting (a view's budget, a client that left, a worker shutting down): says
 *   nothing about Migo, so it is never retried nor counted by a breaker;
 * - `circuit-open`: the breaker for that upstream (and kind of call) is open, nothing was sent.
 */
export type UpstreamErrorKind = 'response' | 'unauthorized' | 'timeout' | 'network' | 'cancelled' | 'circuit-open';

export interface UpstreamErrorDetail {
  code?: string;
  field?: string;
  message: string;
}

export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';

  constructor(
    readonly upstream: UpstreamName,
    readonly kind: UpstreamErrorKind,
    message: string,
    readonly status?: number,
    readonly code?: string,
    readonly details: UpstreamErrorDetail[] = [],
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }

  /** Worth another attempt of an idempotent call. */
  get transient(): boolean {
    if (this.kind === 'timeout' || this.kind === 'network') return true;
    return this.kind === 'response' && (this.status === 429 || this.status === 502 || this.status === 503 || this.status === 504);
  }

  /** Counts against the upstream's circuit breaker (it says the upstream is unhealthy, not that we asked badly). */
  get upstreamFault(): boolean {
    if (this.kind === 'timeout' || this.kind === 'network') return true;
    return this.kind === 'response' && this.status !== undefined && this.status >= 500;
  }

  /** The `upstream` member of the BFF's problem+json. Never carries tokens or request bodies. */
  toProblemUpstream(): { service: UpstreamName; status: number | null; code: string | null; message: string } {
    return { service: this.upstream, status: this.status ?? null, code: this.code ?? null, message: this.message };
  }
}

/**
 * The HTTP status the BFF answers for an upstream failure: Migo's client errors pass through (405 becomes 422: the
 * Middleware uses 405 for idempotency conflicts and rule violations), our own credential failures and Migo's 5xx become
 * 502, throttling and an open breaker 503, timeouts 504.
 */
export function bffStatusFor(error: UpstreamError): number {
  switch (error.kind) {
    case 'timeout':
    case 'cancelled':
      return 504;
    case 'network':
    case 'unauthorized':
      return 502;
    case 'circuit-open':
      return 503;
    case 'response': {
      const status = error.status ?? 502;
      if (status === 405) return 422;
      if (status === 429 || status === 503) return 503;
      if (status === 504) return 504;
      if (status === 401) return 502;
      if (status >= 500 || status < 400) return 502;
      return status;
    }
  }
}
