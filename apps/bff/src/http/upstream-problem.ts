import { ProblemDetails, ProblemType } from '#common';
import { bffStatusFor, UpstreamError } from '#migo-http';

/**
 * Migo business codes the BFF turns into their own problem types (the rest become `upstream-rejected`).
 * 8006/8007 are the simulator's OTP codes (docs/upstream-assumptions.md, "OTP").
 */
const KNOWN_CODES: Record<string, { type: string; title: string }> = {
  '8006': { type: ProblemType.otpRequired, title: 'OTP required' },
  '8007': { type: ProblemType.otpInvalid, title: 'OTP invalid or expired' },
};

/** The single mapping from an upstream failure to the BFF's problem+json (status rules in bffStatusFor). */
export function problemForUpstreamError(error: UpstreamError): { problem: Omit<ProblemDetails, 'requestId'>; headers: Record<string, string> } {
  const status = bffStatusFor(error);
  const headers: Record<string, string> = {};
  if (error.retryAfterMs !== undefined && status === 503) headers['retry-after'] = String(Math.ceil(error.retryAfterMs / 1000));
  const known = error.code ? KNOWN_CODES[error.code] : undefined;
  const [type, title] = known
    ? [known.type, known.title]
    : error.kind === 'timeout' || status === 504
      ? [ProblemType.upstreamTimeout, 'Upstream timeout']
      : error.kind === 'unauthorized' || (error.kind === 'response' && error.status === 401)
        ? [ProblemType.upstreamAuth, 'Upstream refused the BFF credentials']
        : status >= 500
          ? [ProblemType.upstreamUnavailable, 'Upstream unavailable']
          : [ProblemType.upstreamRejected, 'Upstream rejected the request'];
  const detail =
    error.kind === 'response' || error.kind === 'unauthorized' ? `${error.upstream} answered ${error.status}: ${error.message}` : error.message;
  const errors = error.details.length > 1 ? error.details.map((d) => ({ field: d.field, code: d.code, message: d.message })) : undefined;
  return { problem: { type, title, status, detail, ...(errors ? { errors } : {}), upstream: error.toProblemUpstream() }, headers };
}
