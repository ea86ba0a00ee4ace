/**
 * Errors that say Redis could not be asked right now (stopped, frozen, restarting, still loading its data), as opposed
 * to a command Redis refused. Requests that meet one answer 503 with Retry-After, never 500.
 */
const UNAVAILABLE_MESSAGES = [
  /^Command timed out/,
  /^Stream isn't writeable/,
  /^Connection is closed/,
  /^Reached the max retries per request limit/,
  // Redis Cluster (ioredis): a master failing over, slots not served yet, no node reachable.
  /^Too many Cluster redirections/,
  /^Cluster isn't ready/,
  /^Failed to refresh slots cache/,
  /^None of startup nodes is available/,
];
const UNAVAILABLE_REPLIES = /^(LOADING|BUSY|MASTERDOWN|TRYAGAIN|CLUSTERDOWN|READONLY) /;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'MaxRetriesPerRequestError' || error.name === 'ReplicaAcksMissingError') return true;
  if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(error.message))) return true;
  if (error.name === 'ReplyError' && UNAVAILABLE_REPLIES.test(error.message)) return true;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && NETWORK_CODES.has(code);
}
