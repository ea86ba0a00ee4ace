import { BreakerOpenError, CallVerdict, CircuitBreaker } from './circuit-breaker.js';
import { breakerVerdict, callGroupOf } from './resilience.js';
import { UpstreamError } from './upstream-error.js';

describe('CircuitBreaker', () => {
  let now = 0;
  const states: string[] = [];
  const breaker = () => new CircuitBreaker({ threshold: 3, halfOpenAfterMs: 1000, now: () => now, onStateChange: (state) => states.push(state) });
  const run = (b: CircuitBreaker, verdict: CallVerdict) => b.execute(async () => verdict, () => verdict);
  beforeEach(() => {
    now = 0;
    states.length = 0;
  });

  it('opens after `threshold` consecutive failures, refuses while open, lets one trial through after the wait', async () => {
    const b = breaker();
    for (let i = 0; i < 3; i++) await run(b, 'failure');
    expect(b.state).toBe('open');
    await expect(run(b, 'success')).rejects.toBeInstanceOf(BreakerOpenError);
    now = 1000;
    let releaseTrial!: () => void;
    const trial = b.execute(() => new Promise<void>((resolve) => (releaseTrial = resolve)), () => 'success');
    expect(b.state).toBe('half-open');
    await expect(run(b, 'success')).rejects.toBeInstanceOf(BreakerOpenError); // one trial at a time
    releaseTrial();
    await trial;
    expect(b.state).toBe('closed');
    expect(states).toEqual(['open', 'half-open', 'closed']);
  });

  it('a success resets the streak; a failed trial opens it again', async () => {
    const b = breaker();
    await run(b, 'failure');
    await run(b, 'failure');
    await run(b, 'success');
    await run(b, 'failure');
    await run(b, 'failure');
    expect(b.state).toBe('closed');
    await run(b, 'failure');
    expect(b.state).toBe('open');
    now = 1000;
    await run(b, 'failure');
    expect(b.state).toBe('open');
    now = 1500;
    await expect(run(b, 'success')).rejects.toBeInstanceOf(BreakerOpenError);
  });

  it('ignores what it is told to: neither counted, nor a reset of the streak, nor a trial that closes it', async () => {
    const b = breaker();
    await run(b, 'failure');
    await run(b, 'failure');
    for (let i = 0; i < 10; i++) await run(b, 'ignored');
    expect(b.state).toBe('closed');
    await run(b, 'failure');
    expect(b.state).toBe('open');
    now = 1000;
    await run(b, 'ignored'); // the trial was cancelled: still half-open, the next call is the trial
    expect(b.state).toBe('half-open');
    await run(b, 'success');
    expect(b.state).toBe('closed');
  });
});

describe('breaker classification (finding 3)', () => {
  const error = (kind: UpstreamError['kind'], status?: number) => ({ error: new UpstreamError('middleware', kind, 'x', status) });

  it('counts only upstream failures: 5xx, timeouts, network errors', () => {
    expect(breakerVerdict(error('response', 500))).toBe('failure');
    expect(breakerVerdict(error('response', 503))).toBe('failure');
    expect(breakerVerdict(error('timeout'))).toBe('failure');
    expect(breakerVerdict(error('network'))).toBe('failure');
  });

  it('never counts a caller cancellation or a 4xx as a failure', () => {
    expect(breakerVerdict(error('cancelled'))).toBe('ignored');
    expect(breakerVerdict(error('circuit-open'))).toBe('ignored');
    expect(breakerVerdict({ error: new Error('a bug of ours') })).toBe('ignored');
    for (const status of [400, 404, 409, 422, 429]) expect(breakerVerdict(error('response', status))).toBe('success');
    expect(breakerVerdict(error('unauthorized', 401))).toBe('success');
    expect(breakerVerdict({ value: 1 })).toBe('success');
  });

  it('puts reads and writes behind different breakers', () => {
    expect(callGroupOf('GET')).toBe('reads');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) expect(callGroupOf(method)).toBe('writes');
  });
});
