import { UpstreamErrorDetail } from './upstream-error.js';

/**
 * Migo answers in several shapes, sometimes on the same API (see docs/upstream-assumptions.md, "Envelopes"):
 *   {success, message?, data?, errors?[]}       documented CustomResponse
 *   {statusCode, message, data}                 Quick Start (login, health)
 *   {success, status, message, data}            terminal payments
 *   {statusCode, message, error:{code,name,detail}}  terminal payment errors
 *   {success:false, ownCode, message}           Middleware errors
 *   {success, message, trackingId}              CSV bulk charges (payload beside the envelope keys)
 *   raw bodies: {uid, reference, URL}, plain-text "OK", {message, transaction}
 * This is the one parser for all of them.
 */
export type ParsedBody =
  | { ok: true; data: unknown }
  | { ok: false; code?: string; message: string; details: UpstreamErrorDetail[] };

const ENVELOPE_KEYS = new Set(['success', 'statusCode', 'status', 'message', 'data', 'errors', 'error', 'ownCode']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEnvelope(body: Record<string, unknown>): boolean {
  return typeof body.success === 'boolean' || (typeof body.statusCode === 'number' && ('data' in body || 'error' in body || 'message' in body));
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : typeof value === 'number' ? String(value) : undefined;
}

function errorDetails(body: Record<string, unknown>): UpstreamErrorDetail[] {
  if (Array.isArray(body.errors)) {
    return body.errors.filter(isRecord).map((e) => ({ code: text(e.code), field: text(e.field), message: text(e.message) ?? 'error' }));
  }
  return [];
}

function parseFailure(body: unknown, fallbackMessage: string): ParsedBody & { ok: false } {
  if (!isRecord(body)) return { ok: false, message: text(body)?.slice(0, 500) ?? fallbackMessage, details: [] };
  const details = errorDetails(body);
  const nested = isRecord(body.error) ? body.error : undefined;
  const code = details[0]?.code ?? text(nested?.code) ?? text(body.ownCode) ?? text(body.code);
  const message = details[0]?.message ?? text(nested?.detail) ?? text(body.message) ?? text(nested?.name) ?? fallbackMessage;
  return { ok: false, code, message, details };
}

/** Interprets a decoded body given the HTTP status. */
export function parseUpstreamBody(status: number, body: unknown, statusText = 'Upstream error'): ParsedBody {
  if (status < 200 || status >= 300) return parseFailure(body, statusText);
  if (!isRecord(body) || !isEnvelope(body)) return { ok: true, data: body ?? null };
  if (body.success === false || (typeof body.statusCode === 'number' && body.statusCode >= 400)) return parseFailure(body, 'Upstream reported a failure');
  if ('data' in body) return { ok: true, data: body.data ?? null };
  const rest = Object.fromEntries(Object.entries(body).filter(([key]) => !ENVELOPE_KEYS.has(key)));
  return { ok: true, data: Object.keys(rest).length > 0 ? rest : (text(body.message) ?? null) };
}
