/** Migo's payment-link uids as the BFF accepts them elsewhere: short, no separators that could build another key. */
const UID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The payment link a Merchant Generic Callback names: `uid` of its standard JSON payload `{ uid, reference, status, … }`
 * (Migo's concepts §6.1; the full field list is unknown). Nothing else of the body is read: it is not trusted.
 */
export function paymentLinkUidOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const uid = (body as { uid?: unknown }).uid;
  return typeof uid === 'string' && UID_PATTERN.test(uid) ? uid : undefined;
}

/**
 * The subscription a subscription callback (`subsCallback`) names. Migo documents no contract for it: `subscriptionId`
 * (as in its payment history) or `subUid` is read, nothing else (docs/upstream-assumptions.md, "Callbacks as hints").
 */
export function subscriptionIdOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { subscriptionId, subUid } = body as { subscriptionId?: unknown; subUid?: unknown };
  const id = subscriptionId ?? subUid;
  return typeof id === 'string' && UID_PATTERN.test(id) ? id : undefined;
}
