/** RFC 9457 problem details, the BFF's only error format. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  requestId?: string;
  instance?: string;
  errors?: Array<{ field?: string; index?: number; message: string; code?: string }>;
  upstream?: { service: string; status: number | null; code: string | null; message: string };
  /** Views: what each source did (RFC 9457 extension member). */
  sources?: Record<string, { status: string; ms: number; error?: string }>;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const BASE = 'https://migo-bff.internal/problems';

/** Stable problem types apps can switch on (documented in OpenAPI). */
export const ProblemType = {
  validation: `${BASE}/validation`,
  unauthenticated: `${BASE}/unauthenticated`,
  forbidden: `${BASE}/forbidden`,
  notFound: `${BASE}/not-found`,
  conflict: `${BASE}/conflict`,
  payloadTooLarge: `${BASE}/payload-too-large`,
  unsupportedMediaType: `${BASE}/unsupported-media-type`,
  idempotencyInProgress: `${BASE}/idempotency-key-in-use`,
  idempotencyMismatch: `${BASE}/idempotency-key-reused`,
  upstreamOutcomeUnknown: `${BASE}/upstream-outcome-unknown`,
  otpRequired: `${BASE}/otp-required`,
  otpInvalid: `${BASE}/otp-invalid`,
  upstreamRejected: `${BASE}/upstream-rejected`,
  upstreamUnavailable: `${BASE}/upstream-unavailable`,
  upstreamTimeout: `${BASE}/upstream-timeout`,
  upstreamAuth: `${BASE}/upstream-auth-failed`,
  rateLimited: `${BASE}/rate-limited`,
  serviceUnavailable: `${BASE}/service-unavailable`,
  internal: `${BASE}/internal`,
} as const;

/** An error that already knows its problem+json body; thrown anywhere, rendered by the BFF's exception filter. */
export class ProblemError extends Error {
  constructor(
    readonly problem: Omit<ProblemDetails, 'requestId'>,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail);
    this.name = 'ProblemError';
  }

  static of(status: number, type: string, title: string, detail: string, extra: Partial<ProblemDetails> = {}, headers: Record<string, string> = {}): ProblemError {
    return new ProblemError({ type, title, status, detail, ...extra }, headers);
  }
}

/** A refusal by the BFF's access rules (scope, partner): kept as such in the request's support record. */
export class AccessRefused extends ProblemError {
  static forbidden(detail: string): AccessRefused {
    return new AccessRefused({ type: ProblemType.forbidden, title: 'Forbidden', status: 403, detail });
  }

  /** Where even the object's existence must not show (another app's job). */
  static notFound(detail: string): AccessRefused {
    return new AccessRefused({ type: ProblemType.notFound, title: 'Not found', status: 404, detail });
  }
}
