import { redisScript } from '#common';
import type { RedisConnection, RedisKeys, RedisScript } from '#common';
import { isRedisUnavailable } from '../http/redis-unavailable.js';

/**
 * Takes ARGV[2] hits from the app's counter for the current window, created with the window's expiry (ARGV[1] ms):
 * every BFF instance counts into the same one. Answers the total after taking and the window's remaining ms.
 */
const TAKE = `
local hits = redis.call('INCRBY', KEYS[1], ARGV[2])
if hits == tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {hits, ttl}
`;

/** Hits an instance takes from Redis at a time: one by one for small limits, 1 % of the limit (≤ 1,000) for large ones. */
export function leaseSize(limit: number): number {
  return Math.min(1000, Math.max(1, Math.floor(limit / 100)));
}

/** What a request's hit on its app's window came to (the shape @nestjs/throttler's storages answer). */
export interface ThrottlerStorageRecord {
  totalHits: number;
  /** Seconds until the window ends. */
  timeToExpire: number;
  isBlocked: boolean;
  /** Seconds until a refused app is let in again (0 when not refused). */
  timeToBlockExpire: number;
}

/** Hits this instance took from the shared counter of one window and has not used yet. */
interface Lease {
  windowEndsAt: number;
  /** The shared total just before this lease was taken. */
  takenAfter: number;
  granted: number;
  used: number;
}

/** While Redis cannot be asked, it is asked again this often (each try costs one request a command timeout at most). */
const REDIS_RECHECK_MS = 5000;

/** This instance's own count of one app's window while Redis cannot be asked. */
interface LocalWindow {
  endsAt: number;
  taken: number;
}

/**
 * Per-app request counts in Redis (fixed windows), so a limit holds across all BFF instances (AppRateLimitGuard).
 *
 * Instances take hits from the shared counter in leases ({@link leaseSize}) and count them down in memory, so a large
 * limit costs one Redis call per lease instead of one per request (at the default 6,000 a minute, one call every 60
 * requests). A lease is never larger than what is left of the limit, so all instances together never admit more than
 * the limit; what an instance leased and did not use is lost for that window (at most 1 % per instance). Limits under
 * 200 are counted in Redis one request at a time, exactly. Once a window is used up, this instance refuses until the
 * window ends without asking Redis again.
 *
 * While Redis cannot be asked (down, frozen, restarting) the limiter fails open per instance rather than refusing
 * every app: each instance counts its own requests in memory against the app's whole limit, in windows of the same
 * length, so an outage admits at most (instances × limit) per window; Redis is tried again every 5 s.
 */
export class RedisThrottlerStorage {
  private readonly take: RedisScript<[number, number]>;
  private readonly leases = new Map<string, Lease>();
  private readonly renewing = new Map<string, Promise<Lease>>();
  private readonly localWindows = new Map<string, LocalWindow>();
  private redisDownUntil = 0;

  constructor(
    redis: RedisConnection,
    private readonly keys: RedisKeys,
    private readonly now: () => number = Date.now,
  ) {
    this.take = redisScript(redis, 'migoRateLimitTake', { numberOfKeys: 1, lua: TAKE });
  }

  async increment(key: string, ttlMs: number, limit: number, _blockDurationMs: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const counterKey = this.counterKey(throttlerName, key);
    for (;;) {
      const answer = this.answerFromLease(counterKey, limit);
      if (answer) return answer;
      await this.renew(counterKey, ttlMs, limit);
    }
  }

  /**
   * The hit counted against this instance's current lease, when that decides it without Redis (the lease has hits
   * left, or the window is known to be used up); undefined when only `increment` can answer.
   */
  fromLease(key: string, limit: number, throttlerName: string): ThrottlerStorageRecord | undefined {
    return this.answerFromLease(this.counterKey(throttlerName, key), limit);
  }

  private answerFromLease(counterKey: string, limit: number): ThrottlerStorageRecord | undefined {
    const lease = this.leases.get(counterKey);
    if (!lease || lease.windowEndsAt <= this.now()) return undefined;
    if (lease.used < lease.granted) {
      lease.used++;
      return this.answer(lease, lease.takenAfter + lease.used, limit);
    }
    return lease.takenAfter >= limit ? this.answer(lease, limit + 1, limit) : undefined;
  }

  /** Counter keys of the apps seen, built once each. */
  private readonly counterKeys = new Map<string, string>();

  private counterKey(throttlerName: string, key: string): string {
    const id = `${throttlerName}\u0000${key}`;
    let counterKey = this.counterKeys.get(id);
    if (counterKey === undefined) {
      counterKey = this.keys.key('rate', throttlerName, key);
      if (this.counterKeys.size < 10_000) this.counterKeys.set(id, counterKey);
    }
    return counterKey;
  }

  /** One Redis call per key at a time: concurrent requests that find the lease spent wait for the same renewal. */
  private renew(counterKey: string, ttlMs: number, limit: number): Promise<Lease> {
    let pending = this.renewing.get(counterKey);
    if (!pending) {
      const size = leaseSize(limit);
      const shared: Promise<Lease> =
        this.now() < this.redisDownUntil
          ? Promise.resolve(this.localLease(counterKey, ttlMs, limit))
          : this.take(counterKey, String(ttlMs), String(size)).then(
              ([total, remainingMs]) => {
                this.localWindows.delete(counterKey);
                const takenAfter = total - size;
                return { windowEndsAt: this.now() + Math.max(1, remainingMs), takenAfter, granted: Math.max(0, Math.min(size, limit - takenAfter)), used: 0 };
              },
              (error: unknown) => {
                if (!isRedisUnavailable(error)) throw error;
                this.redisDownUntil = this.now() + REDIS_RECHECK_MS;
                return this.localLease(counterKey, ttlMs, limit);
              },
            );
      pending = shared
        .then((lease) => {
          this.leases.set(counterKey, lease);
          return lease;
        })
        .finally(() => this.renewing.delete(counterKey));
      this.renewing.set(counterKey, pending);
    }
    return pending;
  }

  /** A lease counted by this instance alone, ending when Redis is to be tried again (or the local window ends). */
  private localLease(counterKey: string, ttlMs: number, limit: number): Lease {
    const now = this.now();
    let window = this.localWindows.get(counterKey);
    if (!window || window.endsAt <= now) {
      window = { endsAt: now + ttlMs, taken: 0 };
      this.localWindows.set(counterKey, window);
    }
    const granted = Math.max(0, Math.min(leaseSize(limit), limit - window.taken));
    const lease: Lease = { windowEndsAt: Math.min(window.endsAt, this.redisDownUntil), takenAfter: window.taken, granted, used: 0 };
    window.taken += granted;
    return lease;
  }

  private answer(lease: Lease, totalHits: number, limit: number): ThrottlerStorageRecord {
    const secondsLeft = Math.max(1, Math.ceil((lease.windowEndsAt - this.now()) / 1000));
    const isBlocked = totalHits > limit;
    return { totalHits, timeToExpire: secondsLeft, isBlocked, timeToBlockExpire: isBlocked ? secondsLeft : 0 };
  }
}
