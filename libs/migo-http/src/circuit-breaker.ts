export type BreakerState = 'closed' | 'open' | 'half-open';

/**
 * What a finished call says about the upstream's health: `failure` (it is unhealthy), `success` (it answered), or
 * `ignored` (nothing: the caller gave up, or the call never reached it).
 */
export type CallVerdict = 'success' | 'failure' | 'ignored';

export interface BreakerOptions {
  /** Consecutive failures that open the breaker. */
  threshold: number;
  /** How long it stays open before one trial call is let through. */
  halfOpenAfterMs: number;
  onStateChange?: (state: BreakerState) => void;
  now?: () => number;
}

export class BreakerOpenError extends Error {
  override readonly name = 'BreakerOpenError';
}

/**
 * A consecutive-failures circuit breaker that counts only what it is told counts. Unlike cockatiel's, a call that
 * ends `ignored` (a caller cancellation) neither resets the failure streak nor, as a half-open trial, closes the
 * breaker: the next call becomes the trial instead.
 */
export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;
  private readonly now: () => number;

  constructor(private readonly options: BreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  get state(): BreakerState {
    return this.current;
  }

  async execute<T>(work: () => Promise<T>, verdict: (outcome: { value: T } | { error: unknown }) => CallVerdict): Promise<T> {
    const trial = this.admit();
    let outcome: { value: T } | { error: unknown };
    try {
      outcome = { value: await work() };
    } catch (error) {
      outcome = { error };
    }
    this.settle(verdict(outcome), trial);
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }

  /** Lets a call through or throws BreakerOpenError; true when the call is the half-open trial. */
  private admit(): boolean {
    if (this.current === 'closed') return false;
    if (this.current === 'open' && this.now() - this.openedAt >= this.options.halfOpenAfterMs) this.moveTo('half-open');
    if (this.current === 'half-open' && !this.trialInFlight) {
      this.trialInFlight = true;
      return true;
    }
    throw new BreakerOpenError('circuit open');
  }

  private settle(verdict: CallVerdict, trial: boolean): void {
    if (trial) this.trialInFlight = false;
    if (verdict === 'ignored') return;
    if (verdict === 'success') {
      this.failures = 0;
      if (trial) this.moveTo('closed');
      return;
    }
    this.failures++;
    if (trial || (this.current === 'closed' && this.failures >= this.options.threshold)) {
      this.openedAt = this.now();
      this.moveTo('open');
    }
  }

  private moveTo(state: BreakerState): void {
    if (this.current === state) return;
    this.current = state;
    this.options.onStateChange?.(state);
  }
}
