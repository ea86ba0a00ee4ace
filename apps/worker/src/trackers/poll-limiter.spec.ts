import { BUDGET_SPAN_MS, pollLimiter } from './poll-limiter.js';

/** The most steps any span of `spanMs` can hold when every window is full and its steps sit where they hurt most. */
function worstSpan(limiter: { max: number; duration: number }, spanMs: number): number {
  let worst = 0;
  for (let start = 0; start < limiter.duration; start++) {
    const windows = Math.floor((start + spanMs - 1) / limiter.duration) - Math.floor(start / limiter.duration) + 1;
    worst = Math.max(worst, windows * limiter.max);
  }
  return worst;
}

describe('poll limiter', () => {
  it.each([1, 3, 7, 50, 600, 1000, 10_000])('never lets a 10 s span hold more than 10 s of a %i/s budget, and keeps most of it', (budget) => {
    const limiter = pollLimiter(budget);
    expect(worstSpan(limiter, BUDGET_SPAN_MS)).toBeLessThanOrEqual((budget * BUDGET_SPAN_MS) / 1000);
    const sustained = (limiter.max * 1000) / limiter.duration;
    expect(sustained).toBeLessThanOrEqual(budget);
    expect(sustained).toBeGreaterThanOrEqual(budget >= 50 ? budget * 0.97 : budget * 0.85);
  });

  it('bounds a one-second span to 1.1 times the budget, where one-second windows allowed twice it', () => {
    expect(worstSpan(pollLimiter(600), 1000)).toBeLessThanOrEqual(660);
    expect(worstSpan({ max: 600, duration: 1000 }, 1000)).toBe(1200);
  });
});
