import {
  BrokenCircuitError,
  circuitBreaker,
  CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  handleWhen,
  IBackoff,
  IBackoffFactory,
  IRetryBackoffContext,
  retry,
  RetryPolicy,
} from 'cockatiel';
import { UpstreamSettings } from './upstream-config.js';
import { UpstreamError } from './upstream-error.js';
import { UpstreamName } from './upstream-name.js';
import { UpstreamObserver } from './upstream-observer.js';

type RetryContext = IRetryBackoffContext<unknown>;

/** Exponential backoff with full jitter; a Retry-After from Migo replaces the computed delay. */
export function retryAfterAwareBackoff(baseMs: number, maxMs = 5000): IBackoffFactory<RetryContext> {
  const step = (context: RetryContext): IBackoff<RetryContext> => {
    const error = 'error' in context.result ? context.result.error : undefined;
    const hinted = error instanceof UpstreamError ? error.retryAfterMs : undefined;
    const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, context.attempt - 1));
    return { duration: hinted ?? Math.random() * ceiling, next: step };
  };
  return { next: step };
}

const STATE_NAMES: Record<CircuitState, 'closed' | 'open' | 'half-open' | 'isolated'> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'isolated',
};

/** One breaker and one read-retry policy per upstream (cockatiel). */
export class UpstreamPolicies {
  readonly breaker: CircuitBreakerPolicy;
  private readonly readRetry: RetryPolicy;

  constructor(
    private readonly upstream: UpstreamName,
    settings: UpstreamSettings,
    observer: UpstreamObserver,
  ) {
    this.breaker = circuitBreaker(
      handleWhen((error) => error instanceof UpstreamError && error.upstreamFault),
      { halfOpenAfter: settings.breakerHalfOpenAfterMs, breaker: new ConsecutiveBreaker(settings.breakerThreshold) },
    );
    this.breaker.onStateChange((state) => observer.breakerStateChanged?.(upstream, STATE_NAMES[state]));
    this.readRetry = retry(
      handleWhen((error) => error instanceof UpstreamError && error.transient && (error.retryAfterMs ?? 0) <= settings.retryAfterCapMs),
      { maxAttempts: settings.readRetries, backoff: retryAfterAwareBackoff(settings.retryBaseDelayMs) },
    );
  }

  get state(): 'closed' | 'open' | 'half-open' | 'isolated' {
    return STATE_NAMES[this.breaker.state];
  }

  /** Reads are retried (each attempt passes the breaker); writes get exactly one attempt. */
  async execute<T>(idempotent: boolean, attempt: (attemptNumber: number) => Promise<T>): Promise<T> {
    try {
      if (!idempotent) return await this.breaker.execute(() => attempt(1));
      return await this.readRetry.execute(({ attempt: retryIndex }) => this.breaker.execute(() => attempt(retryIndex + 1)));
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        throw new UpstreamError(this.upstream, 'circuit-open', `The ${this.upstream} circuit breaker is open after repeated upstream failures`, undefined, undefined, [], undefined);
      }
      throw error;
    }
  }
}
