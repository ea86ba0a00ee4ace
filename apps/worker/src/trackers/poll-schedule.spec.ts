import { nextPollDelay } from './poll-schedule.js';

const bounds = { minMs: 1000, maxMs: 30000 };
const noJitter = () => 1;

describe('nextPollDelay', () => {
  it('starts quick and backs off while nothing changes, up to the ceiling', () => {
    let delay = 0;
    const seen: number[] = [];
    for (let i = 0; i < 10; i++) {
      delay = nextPollDelay(delay, { changed: false }, bounds, noJitter);
      seen.push(delay);
    }
    expect(seen.slice(0, 4)).toEqual([1000, 1600, 2560, 4096]);
    expect(seen.at(-1)).toBe(30000);
  });

  it('goes back to the quickest interval when the work moved', () => {
    expect(nextPollDelay(30000, { changed: true }, bounds, noJitter)).toBe(1000);
  });

  it('never polls before a Retry-After', () => {
    expect(nextPollDelay(1000, { changed: true, retryAfterMs: 12000 }, bounds, noJitter)).toBe(12000);
  });

  it('spreads polls by shortening them up to 20 %, never lengthening them past the ceiling', () => {
    expect(nextPollDelay(0, { changed: true }, bounds, () => 0)).toBe(800);
    expect(nextPollDelay(0, { changed: true }, bounds, () => 1)).toBe(1000);
    for (let i = 0; i < 100; i++) expect(nextPollDelay(30000, { changed: false }, bounds)).toBeLessThanOrEqual(30000);
  });
});
