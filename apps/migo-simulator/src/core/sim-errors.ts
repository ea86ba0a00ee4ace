import { BUSINESS_CODES, codeByName, httpStatusForCode } from './error-codes.js';

/** A Wallet Gateway / CMS business error; rendered as `{success:false, message, errors:[{code, message}]}`. */
export class MigoBusinessError extends Error {
  readonly status: number;
  constructor(
    readonly code: string,
    message?: string,
    readonly details: Array<{ code: string; message: string }> = [],
  ) {
    super(message ?? BUSINESS_CODES.get(code)?.message ?? 'Error');
    this.status = httpStatusForCode(code);
  }

  static named(name: string, message?: string): MigoBusinessError {
    return new MigoBusinessError(codeByName(name).code, message);
  }
}

/** A Middleware error; rendered as `{success:false, ownCode, message}` with an explicit HTTP status. */
export class MiddlewareError extends Error {
  constructor(
    readonly status: number,
    readonly ownCode: number,
    message: string,
    readonly errors?: Array<{ field?: string; message: string }>,
  ) {
    super(message);
  }
}

/** DTO validation failure; the filter renders it in the envelope of the surface that received the request. */
export class SimValidationError extends Error {
  constructor(readonly problems: Array<{ field: string; message: string }>) {
    super('Validation failed');
  }
}
