/**
 * Helpers shared by the Middleware and migration specs (test-only; excluded from the build).
 */
import type { RunningSimulator } from '#test-support';

type Headers = Record<string, string>;

/** The three credentials of the Middleware: merchant token raw, merchant token as Bearer, and the /v1 JWT. */
export function mwHeaders(sim: RunningSimulator): { merchant: Headers; merchantBearer: Headers; jwt: Headers } {
  return {
    merchant: { authorization: sim.secrets.middlewareMerchantToken },
    merchantBearer: { authorization: `Bearer ${sim.secrets.middlewareMerchantToken}` },
    jwt: { authorization: `Bearer ${sim.secrets.middlewareJwt}` },
  };
}

/** Creates a payment link for acme (overridable), with the raw merchant token unless other headers are given. */
export function createLink(sim: RunningSimulator, overrides: Record<string, unknown> = {}, headers: Headers = mwHeaders(sim).merchant) {
  return sim.call('POST', '/mw/transactions', { body: { amount: 10, userId: '+50212345678', channel: 'web', client: 'acme', ...overrides }, headers });
}

/** Opens an alternative-payment transaction for acme (overridable), with the Bearer merchant token by default. */
export function createApm(sim: RunningSimulator, overrides: Record<string, unknown> = {}, headers: Headers = mwHeaders(sim).merchantBearer) {
  return sim.call('POST', '/mw/api/v1/integrations/transactions', { body: { amount: 10, channel: 'web', client: 'acme', userId: '+50212345678', ...overrides }, headers });
}

/** Polls until `check` returns a value, failing after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Posts a multipart form with an optional file (field `file` unless named) and text fields. */
export async function postMultipart(sim: RunningSimulator, path: string, headers: Headers, file: { bytes: string | Buffer; name: string; field?: string } | undefined, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append(file.field ?? 'file', new Blob([typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes)]), file.name);
  const response = await fetch(`${sim.url}${path}`, { method: 'POST', headers, body: form });
  const text = await response.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* plain text */
  }
  return { status: response.status, body };
}
