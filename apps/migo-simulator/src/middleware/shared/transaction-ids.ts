import { randomBytes } from 'node:crypto';

/** A Middleware transaction uid, `trx_` + 12 hex characters (Migo's example: `trx_8f3c2b1d9e7a`). */
export function transactionUid(): string {
  return `trx_${randomBytes(6).toString('hex')}`;
}
