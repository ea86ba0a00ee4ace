/**
 * The response shapes Migo's docs show. Each route picks the one its page documents
 * (see docs/upstream-assumptions.md, "Envelopes").
 */

/** Variant B, the documented `CustomResponse<T>`: `{success, message, data}`. */
export function ok<T>(data: T, message = 'ok'): { success: true; message: string; data: T } {
  return { success: true, message, data };
}

/** CMS operator login shows `{success, data}` without a message. */
export function okNoMessage<T>(data: T): { success: true; data: T } {
  return { success: true, data };
}

/** Variant A, Quick Start style (`POST /auth/login`, `GET /health`): `{statusCode, message, data}`. */
export function okStatusCode<T>(data: T, statusCode = 200, message = 'ok'): { statusCode: number; message: string; data: T } {
  return { statusCode, message, data };
}

/** Variant C, terminal payments: `{success, status, message, data}`. */
export function okWithStatus<T>(data: T, status: number, message: string): { success: true; status: number; message: string; data: T } {
  return { success: true, status, message, data };
}

export function businessErrorBody(message: string, errors: Array<{ code: string; message: string }>) {
  return { success: false, message, errors };
}

/** Terminal payment error shape: `{statusCode, message, error:{code, name, detail}}`. */
export function terminalErrorBody(statusCode: number, message: string, code: string, name: string, detail?: string) {
  return { statusCode, message, error: { code, name, detail: detail ?? message } };
}

/** Middleware error shape (only `ownCode` is documented; the rest is assumed). */
export function middlewareErrorBody(ownCode: number, message: string, errors?: Array<{ field?: string; message: string }>) {
  return errors && errors.length > 0 ? { success: false, ownCode, message, errors } : { success: false, ownCode, message };
}
