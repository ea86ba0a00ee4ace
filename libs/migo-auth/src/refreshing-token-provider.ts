import { setTimeout as sleep } from 'node:timers/promises';
import { SharedTokenStore, StoredTokens } from './shared-token-store.js';
import { AccessTokenSource, TokenEventKind, TokenEventListener, TokenExchange } from './token-exchange.js';
import { refreshAheadMs, TokenSet } from './token-set.js';
import { UpstreamError } from '#migo-http';

export interface RefreshingTokenProviderOptions {
  /** Upper bound of refresh-ahead (the window is min(this, lifetime / 2)). */
  maxRefreshAheadMs?: number;
  /** Below this much validity left a token is not served; callers wait for the new one. */
  hardMarginMs?: number;
  /** How long a failed renewal is remembered; doubled on each failure in a row, up to `maxFailureBackoffMs`. */
  failureCacheMs?: number;
  maxFailureBackoffMs?: number;
  /** The renewal lock's lease; its holder extends it every third of it for as long as the renewal runs. */
  lockTtlMs?: number;
  /** How long to wait for another instance that holds the lock (a renewal can take a refresh and a login). */
  peerWaitMs?: number;
  pollIntervalMs?: number;
  /** Delays between attempts to store a renewed pair whose first write failed (the pair is used meanwhile). */
  storeRetryDelaysMs?: readonly number[];
}

const DEFAULTS: Required<RefreshingTokenProviderOptions> = {
  maxRefreshAheadMs: 60_000,
  hardMarginMs: 250,
  failureCacheMs: 1_000,
  maxFailureBackoffMs: 15_000,
  lockTtlMs: 5_000,
  peerWaitMs: 30_000,
  pollIntervalMs: 25,
  storeRetryDelaysMs: [250, 500, 1_000, 2_000, 4_000, 8_000],
};

/**
 * A session token kept fresh for every instance at once:
 * - in-process single-flight: one acquisition in flight, every waiter gets its outcome;
 * - a Redis cache shared by all instances, with a lock and a re-read after acquiring it, so only one instance ever
 *   logs in or refreshes (and a single-use refresh token is never spent twice). The lock is a lease its holder
 *   extends while it renews, and what it stores is fenced by a generation: a holder that lost its lease cannot
 *   overwrite a newer pair;
 * - refresh ahead of expiry in the background while the current token is still served;
 * - refresh refused → fresh login; failures remembered with a growing backoff (no storm against a failing Migo);
 * - a renewed pair is used at once and its store write retried if Redis failed (a refresh token is never lost);
 * - if Redis is unreachable it renews on its own (still single-flight per instance) rather than fail every call.
 */
export class RefreshingTokenProvider implements AccessTokenSource {
  private local?: TokenSet;
  private inflight?: Promise<TokenSet>;
  private failure?: { error: unknown; until: number };
  private failuresInARow = 0;
  /** The last access tokens this instance got from Migo itself (not through the shared cache). */
  private readonly ownRenewals: string[] = [];
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

  /**
   * Migo refused `token`. It is not served again: the next caller gets the shared pair if another instance replaced it
   * meanwhile, or, when the shared pair is the refused one, a renewal (under the lock, so once for every instance).
   */
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

  renewedHere(token: string): boolean {
    return this.ownRenewals.includes(token);
  }

  private usable(tokens: TokenSet, now: number): boolean {
    return tokens.accessExpiresAt - now > this.options.hardMarginMs;
  }

  private dueForRefresh(tokens: TokenSet, now: number): boolean {
    return tokens.accessExpiresAt - now <= refreshAheadMs(tokens, this.options.maxRefreshAheadMs);
  }

  private fresh(tokens: TokenSet | undefined, now = Date.now()): boolean {
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
      this.failuresInARow = 0;
      return tokens;
    } catch (error) {
      this.failuresInARow++;
      const backoff = Math.min(this.options.maxFailureBackoffMs, this.options.failureCacheMs * 2 ** (this.failuresInARow - 1));
      this.failure = { error, until: Date.now() + backoff };
      this.emit('failure');
      throw error;
    }
  }

  private async obtainShared(store: SharedTokenStore): Promise<TokenSet> {
    const deadline = Date.now() + this.options.peerWaitMs;
    for (;;) {
      let shared: StoredTokens | undefined;
      let owner: string | undefined;
      try {
        shared = await store.read(this.name);
        if (shared && this.fresh(shared)) {
          this.emit('shared-hit');
          return shared;
        }
        owner = await store.tryLock(this.name, this.options.lockTtlMs);
      } catch {
        // Redis is down or frozen: this instance renews on its own (single-flight here, so once per instance).
        this.emit('store-unavailable');
        return this.renew(this.newest(shared, this.local));
      }
      if (owner) return this.renewUnderLock(store, owner);
      // Another instance is renewing: wait for its result (or for its lock to vanish) instead of racing it.
      while (Date.now() < deadline) {
        await sleep(this.options.pollIntervalMs);
        const candidate = await store.read(this.name).catch(() => undefined);
        if (candidate && this.fresh(candidate)) return candidate;
        if (!(await store.isLocked(this.name).catch(() => false))) break;
      }
      if (Date.now() >= deadline) throw new Error(`Timed out waiting for another instance to renew the ${this.name} session`);
    }
  }

  private async renewUnderLock(store: SharedTokenStore, owner: string): Promise<TokenSet> {
    const lease = setInterval(() => {
      store.extendLock(this.name, owner, this.options.lockTtlMs).then(
        (held) => held || this.emit('lock-lost'),
        () => undefined,
      );
    }, Math.max(10, Math.floor(this.options.lockTtlMs / 3)));
    lease.unref();
    try {
      let current: StoredTokens | undefined;
      try {
        // Re-read under the lock: another instance may have renewed between our read and our lock.
        current = await store.read(this.name);
      } catch {
        this.emit('store-unavailable');
        return await this.renew(this.local);
      }
      if (current && this.fresh(current)) return current;
      const renewed = await this.renew(this.newest(current, this.local));
      // Used from now on whatever happens to the write: its refresh token may be the only live one.
      this.local = renewed;
      return await this.persist(store, renewed, current?.generation ?? 0);
    } finally {
      clearInterval(lease);
      await store.unlock(this.name, owner).catch(() => undefined);
    }
  }

  /** Stores a renewed pair over the generation it replaces; a newer pair stored meanwhile wins. */
  private async persist(store: SharedTokenStore, renewed: TokenSet, generation: number): Promise<TokenSet> {
    try {
      const { written } = await store.write(this.name, renewed, generation);
      if (written) return renewed;
      this.emit('fenced');
      const newer = await store.read(this.name).catch(() => undefined);
      return newer && this.fresh(newer) ? newer : renewed;
    } catch {
      this.emit('store-write-failed');
      void this.retryWrite(store, renewed, generation);
      return renewed;
    }
  }

  /** Keeps trying to store a renewed pair, until it is stored, superseded here, or a newer one is in Redis. */
  private async retryWrite(store: SharedTokenStore, renewed: TokenSet, generation: number): Promise<void> {
    for (const delay of this.options.storeRetryDelaysMs) {
      await sleep(delay, undefined, { ref: false });
      if (this.local?.accessToken !== renewed.accessToken) return;
      try {
        await store.write(this.name, renewed, generation);
        return;
      } catch {
        // still unreachable: next delay
      }
    }
  }

  /** The later of two pairs (the shared one may be older than what this instance renewed on its own). */
  private newest(a: TokenSet | undefined, b: TokenSet | undefined): TokenSet | undefined {
    if (!a || !b) return a ?? b;
    return a.obtainedAt >= b.obtainedAt ? a : b;
  }

  /** Refresh when a live refresh token exists, log in otherwise or when the refresh is refused. */
  private async renew(current: TokenSet | undefined): Promise<TokenSet> {
    const renewed = await this.renewAtMigo(current);
    this.ownRenewals.push(renewed.accessToken);
    if (this.ownRenewals.length > 4) this.ownRenewals.shift();
    return renewed;
  }

  private async renewAtMigo(current: TokenSet | undefined): Promise<TokenSet> {
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
  return error instanceof UpstreamError && (error.kind === 'response' || error.kind === 'unauthorized') && error.status !== undefined && error.status >= 400 && error.status < 500;
}
