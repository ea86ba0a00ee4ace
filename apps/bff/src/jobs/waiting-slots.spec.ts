import { ProblemError } from '#common';
import { WaitingSlots } from './waiting-slots.js';

describe('WaitingSlots', () => {
  const slots = () => new WaitingSlots({ streamsPerApp: 2, longPollsPerApp: 1, maxReplay: 100 });

  it('refuses an app past its limit with 429 + Retry-After, leaving other apps and kinds alone', () => {
    const waiting = slots();
    waiting.acquire('stream', 'a');
    waiting.acquire('stream', 'a');
    let refusal: unknown;
    try {
      waiting.acquire('stream', 'a');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ProblemError);
    expect((refusal as ProblemError).problem.status).toBe(429);
    expect((refusal as ProblemError).headers['retry-after']).toBe('5');
    expect(() => waiting.acquire('stream', 'b')).not.toThrow();
    expect(() => waiting.acquire('long-poll', 'a')).not.toThrow();
  });

  it('gives a slot back exactly once, however often its release is called', () => {
    const waiting = slots();
    const release = waiting.acquire('stream', 'a');
    waiting.acquire('stream', 'a');
    release();
    release();
    expect(waiting.inUse('stream', 'a')).toBe(1);
    waiting.acquire('stream', 'a');
    expect(() => waiting.acquire('stream', 'a')).toThrow(ProblemError);
  });
});
