import { createPublicKey, KeyObject, verify } from 'node:crypto';

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Accepts a PEM public key, or base64 of the raw 32-byte key or of its SPKI DER encoding. */
export function parseEd25519PublicKey(text: string): KeyObject {
  const trimmed = text.trim().replace(/\\n/g, '\n');
  if (trimmed.startsWith('-----BEGIN')) return createPublicKey(trimmed);
  const bytes = Buffer.from(trimmed, 'base64');
  const der = bytes.length === 32 ? Buffer.concat([SPKI_ED25519_PREFIX, bytes]) : bytes;
  return createPublicKey({ key: der, format: 'der', type: 'spki' });
}

/**
 * The bytes a Wallet / CMS application login signs. Migo's "canonical signing recipe" could not be read;
 * the simulator (and libs/migo-auth) assume the UTF-8 bytes of the merchant slug. Change both places together
 * (docs/upstream-assumptions.md, "Login signature").
 */
export function loginSigningInput(merchant: string): Buffer {
  return Buffer.from(merchant, 'utf8');
}

export function verifyLoginSignature(publicKey: KeyObject, merchant: string, signatureBase64: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signatureBase64)) return false;
  const signature = Buffer.from(signatureBase64, 'base64');
  if (signature.length !== 64) return false;
  try {
    return verify(null, loginSigningInput(merchant), publicKey, signature);
  } catch {
    return false;
  }
}
