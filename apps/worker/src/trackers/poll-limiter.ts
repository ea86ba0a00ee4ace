/** The span over which the poll budget holds exactly, wherever it starts. */
export const BUDGET_SPAN_MS = 10_000;

/**
 * BullMQ's limiter counts steps in back-to-back windows: at most `max` per `duration`. With one-second windows of the
 * whole budget, a second that straddles two windows can hold twice the budget (one window's steps at its end, the
 * next one's at its start) and a 10-second span up to 1.1 times it. Windows of a tenth of the budget spread the
 * steps out, and each window is stretched just enough that no 10-second span, wherever it starts, holds more than
 * 10 × the budget (a span of L ms touches at most ceil(L / duration) + 1 windows). The price: the sustained rate is a
 * little under the budget (588 of 600 a second); a one-second span holds at most 1.1 times the budget.
 */
export function pollLimiter(pollsPerSecond: number): { max: number; duration: number } {
  const allowed = (pollsPerSecond * BUDGET_SPAN_MS) / 1000;
  const max = Math.max(1, Math.floor(pollsPerSecond / 10));
  let duration = Math.ceil((BUDGET_SPAN_MS * max) / (allowed - max));
  while ((Math.ceil(BUDGET_SPAN_MS / duration) + 1) * max > allowed) duration++;
  return { max, duration };
}
