/**
 * Adaptive polling: quick while the upstream work moves, slower (×1.6 per quiet poll) up to a ceiling when it does
 * not, and never sooner than a Retry-After. Jitter keeps thousands of trackers from polling in lockstep; it only ever
 * shortens the interval (×0.8–1.0), so the configured ceiling bounds how late an outcome is seen.
 */
export function nextPollDelay(previousMs: number, outcome: { changed: boolean; retryAfterMs?: number; delayMs?: number }, bounds: { minMs: number; maxMs: number }, random = Math.random): number {
  if (outcome.delayMs !== undefined) return outcome.delayMs;
  const base = outcome.changed || previousMs <= 0 ? bounds.minMs : Math.min(bounds.maxMs, Math.round(previousMs * 1.6));
  const jittered = Math.round(base * (0.8 + random() * 0.2));
  return Math.max(jittered, outcome.retryAfterMs ?? 0);
}
