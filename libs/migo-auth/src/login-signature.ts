import { createPrivateKey, KeyObject, sign } from 'node:crypto';

/**
 * Migo's "canonical signing recipe" for application logins could not be read. Assumed: an Ed25519 signature over
 * the UTF-8 bytes of the merchant slug, base64-encoded. The simulator verifies the same (apps/migo-simulator/src/core/
 * ed25519.ts); swap both together (docs/upstream-assumptions.md, "Login signature").
 */
export function signMerchantLogin(privateKey: KeyObject, merchant: string): string {
  return sign(null, Buffer.from(merchant, 'utf8'), privateKey).toString('base64');
}

/** Accepts a PKCS#8 PEM (with real or escaped newlines). */
export function parseEd25519PrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem.trim().replace(/\\n/g, '\n'));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the merchant key must be an Ed25519 private key');
  return key;
}
