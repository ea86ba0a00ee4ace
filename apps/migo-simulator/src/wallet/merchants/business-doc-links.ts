import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Business documents are answered as short-lived signed URLs (5 minutes). */
export const DOC_LINK_TTL_MS = 5 * 60_000;
const SIGNING_KEY = randomBytes(32);

function signature(commerceId: number, name: string, expiresEpochSeconds: number): string {
  return createHmac('sha256', SIGNING_KEY).update(`${commerceId}/${name}/${expiresEpochSeconds}`).digest('hex');
}

export function signedDocUrl(origin: string, commerceId: number, name: string, expiresAtMs: number): string {
  const expires = Math.floor(expiresAtMs / 1000);
  return `${origin}/rest/businesses/${commerceId}/docs/${name}/file?expires=${expires}&signature=${signature(commerceId, name, expires)}`;
}

export function isValidDocLink(commerceId: number, name: string, expires: string | undefined, given: string | undefined): boolean {
  if (!expires || !/^\d{1,12}$/.test(expires) || !given || !/^[0-9a-f]{64}$/.test(given)) return false;
  if (Number(expires) * 1000 < Date.now()) return false;
  return timingSafeEqual(Buffer.from(signature(commerceId, name, Number(expires)), 'hex'), Buffer.from(given, 'hex'));
}
