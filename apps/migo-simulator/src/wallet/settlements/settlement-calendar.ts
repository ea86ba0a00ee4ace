/**
 * Migo's settlement timing (wallet-gateway.md §5.4, concepts.md): a daily cutoff at 23:30 UTC; what was captured before
 * it settles the next business day and is paid out one business day later. Business days are Monday to Friday (no
 * holidays). A cutoff runs every calendar day, weekends included, so Friday's, Saturday's and Sunday's all settle Monday.
 */
const DAY_MS = 86_400_000;
const CUTOFF_OFFSET_MS = (23 * 60 + 30) * 60_000;

/** `YYYY-MM-DD` of a UTC instant. */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function startOfUtcDay(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`);
}

/** The cutoff a payment captured at `capturedMs` falls into: that day's 23:30 UTC, or the next day's from 23:30 on. */
export function cutoffFor(capturedMs: number): number {
  const sameDay = Math.floor(capturedMs / DAY_MS) * DAY_MS + CUTOFF_OFFSET_MS;
  return capturedMs < sameDay ? sameDay : sameDay + DAY_MS;
}

/** The latest cutoff at or before `nowMs`. */
export function lastCutoffAtOrBefore(nowMs: number): number {
  const sameDay = Math.floor(nowMs / DAY_MS) * DAY_MS + CUTOFF_OFFSET_MS;
  return nowMs >= sameDay ? sameDay : sameDay - DAY_MS;
}

export function nextCutoff(cutoffMs: number): number {
  return cutoffMs + DAY_MS;
}

export function isBusinessDay(date: string): boolean {
  const weekday = new Date(startOfUtcDay(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: string): string {
  let ms = startOfUtcDay(date) + DAY_MS;
  while (!isBusinessDay(utcDate(ms))) ms += DAY_MS;
  return utcDate(ms);
}
