import { setTimeout as sleep } from 'node:timers/promises';
import { SharedTokenStore } from './shared-token-store.js';
import { AccessTokenSource, TokenEventKind, TokenEventListener, TokenExchange } from './token-exchange.js';
import { refreshAheadMs, TokenSet } from './token-set.js';
import { UpstreamError } from '#migo-http';

export interface RefreshingTokenProviderOptions {
  /** Upper bound of refresh-ahead (the window is min(this, lifetime / 2)). */
  maxRefreshAheadMs?: number;
  /** Below this much validity left a token is not served; callers wait for the new one. */
  hardMarginMs?: number;
  /** How long a failed login/refresh is remembered, so a storm of callers does not hammer Migo. */
  failureCacheMs?: number;
  /** How long the cross-instance lock is held at most (longer than a login can take). */
  lockTtlMs?: number;
  /** How long to wait for another instance that holds the lock. */
  peerWaitMs?: number;
  pollIntervalMs?: number;
}

const DEFAULTS: Required<RefreshingTokenProviderOptions> = {
  maxRefreshAheadMs: 60_000,
  hardMarginMs: 250,
  failureCacheMs: 1_000,
  lockTtlMs: 15_000,
  peerWaitMs: 15_000,
  pollIntervalMs: 25,
};

/**
 * A session token kept fresh for every instance at once:
 * - in-process single-flight: one acquisition in flight, every waiter gets its outcome;
 * - a Redis cache shared by all instances, with a lock and a re-read after acquiring it, so only one instance ever
 *   logs in or refreshes (and a single-use refresh token is never spent twice);
 * - refresh ahead of expiry in the background while the current token is still served;
 * - refresh refused → fresh login; failures cached briefly;
 * - if Redis is unreachable it degrades to in-process caching rather than failing every call.
 */
export class RefreshingTokenProvider implements AccessTokenSource {
  private local?: TokenSet;
  private inflight?: Promise<TokenSet>;
  private failure?: { error: unknown; until: number };
  private readonly options: Required<RefreshingTokenProviderOptions>;

  constructor(
    private readonly exchange: TokenExchange,
    private readonly store: SharedTokenStore | undefined,
    private readonly onEvent: TokenEventListener = () => undefined,
    options: RefreshingTokenProviderOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  get name(): string {
    return this.exchange.name;
  }

  async accessToken(): Promise<string> {
    const now = Date.now();
    const local = this.local;
    if (local && this.usable(local, now)) {
      if (this.dueForRefresh(local, now) && !this.inflight) this.acquire().catch(() => undefined);
      return local.accessToken;
    }
    return (await this.acquire()).accessToken;
  }

  async invalidate(token: string): Promise<void> {
    this.emit('invalidated');
    if (this.local?.accessToken === token) this.local = { ...this.local, accessExpiresAt: 0 };
    if (!this.store) return;
    try {
      await this.store.expireAccess(this.name, token);
    } catch {
      this.emit('store-unavailable');
    }
  }

  private usable(tokens: TokenSet, now: number): boolean {
    return tokens.accessExpiresAt - now > this.options.hardMarginMs;
  }

  private dueForRefresh(tokens: TokenSet, now: number): boolean {
    return tokens.accessExpiresAt - now <= refreshAheadMs(tokens, this.options.maxRefreshAheadMs);
  }

  private fresh(tokens: TokenSet | undefined, now = Date.now()): tokens is TokenSet {
    return !!tokens && this.usable(tokens, now) && !this.dueForRefresh(tokens, now);
  }

  private acquire(): Promise<TokenSet> {
    this.inflight ??= this.obtain().finally(() => (this.inflight = undefined));
    return this.inflight;
  }

  private async obtain(): Promise<TokenSet> {
    if (this.failure && this.failure.until > Date.now()) throw this.failure.error;
    try {
      const tokens = this.store ? await this.obtainShared(this.store) : await this.renew(this.local);
      this.local = tokens;
      this.failure = undefined;
      return tokens;
    } catch (error) {
      this.failure = { error, until: Date.now() + this.options.failureCacheMs };
      this.emit('failure');
      throw error;
    }
  }

  private async obtainShared(store: SharedTokenStore): Promise<TokenSet> {
    const deadline = Date.now() + this.options.peerWaitMs;
    for (;;) {
      let shared: TokenSet | undefined;
      let owner: string | undefined;
      try {
        shared = await store.read(this.name);
        if (this.fresh(shared)) {
          this.emit('shared-hit');
          return shared;
        }
        owner = await store.tryLock(this.name, this.options.lockTtlMs);
      } catch {
        this.emit('store-unavailable');
        return this.renew(shared ?? this.local);
      }
      if (owner) {
        try {
          // Re-read under the lock: another instance may have renewed between our read and our lock.
          const current = await store.read(this.name);
          if (this.fresh(current)) return current;
          const renewed = await this.renew(current);
          await store.write(this.name, renewed);
          return renewed;
        } finally {
          await store.unlock(this.name, owner).catch(() => undefined);
        }
      }
      // Another instance is renewing: wait for its result (or for its lock to vanish) instead of racing it.
      while (Date.now() < deadline) {
        await sleep(this.options.pollIntervalMs);
        const candidate = await store.read(this.name).catch(() => undefined);
        if (this.fresh(candidate)) return candidate;
        if (!(await store.isLocked(this.name).catch(() => false))) break;
      }
      if (Date.now() >= deadline) throw new Error(`Timed out waiting for another instance to renew the ${this.name} session`);
    }
  }

  /** Refresh when a live refresh token exists, log in otherwise or when the refresh is refused. */
  private async renew(current: TokenSet | undefined): Promise<TokenSet> {
    const refreshable = current?.refreshToken && this.exchange.refresh && (current.refreshExpiresAt ?? Infinity) - Date.now() > this.options.hardMarginMs;
    if (refreshable) {
      try {
        const refreshed = await this.exchange.refresh!(current!.refreshToken!);
        this.emit('refresh');
        return refreshed;
      } catch (error) {
        if (!isRefusal(error)) throw error;
        this.emit('refresh-rejected');
      }
    }
    const loggedIn = await this.exchange.login();
    this.emit('login');
    return loggedIn;
  }

  private emit(kind: TokenEventKind): void {
    this.onEvent({ credential: this.name, kind });
  }
}

/** Migo refused the refresh token itself (not an outage): fall back to a login. */
function isRefusal(error: unknown): boolean {
  return error instanceof UpstreamError && error.kind === 'response' && error.status !== undefined && error.status >= 400 && error.status < 500;
}
