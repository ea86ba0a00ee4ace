import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { RedisConnection } from '../redis/redis-connection.js';
import { awaitReplicaAcks } from '../redis/replica-acks.js';
import { redisScript, RedisScript } from '../redis/redis-script.js';
import type { RedisKeys } from '../redis/redis.module.js';
import { IdempotencySettings } from './idempotency.config.js';
import { keyRecordFrom, KeyRecord, LegacyRecord, StoredOutcome, UnknownCause, WriteIntent } from './idempotency-record.js';
import { BEGIN, COMPLETE, EXPIRE_LEASE, FORGET, MARK_UNKNOWN, OBSERVE_EPOCH_ONLY, RELEASE, RENEW, TAKE_DUE_UNKNOWN } from './idempotency-scripts.js';

export type { StoredOutcome } from './idempotency-record.js';

export type BeginResult =
  /** The caller runs the request as attempt `attempt`; `released` when an earlier attempt was released by the reconciler. */
  | { kind: 'started'; keyHash: string; attempt: number; released: boolean }
  | { kind: 'in-flight' }
  | { kind: 'mismatch' }
  /** `fresh`: it became unknown just now (its owner's lease had run out, or Redis had lost the records). */
  | { kind: 'unknown'; cause: UnknownCause; fresh: boolean }
  | { kind: 'replay'; outcome: StoredOutcome };

export const DEFAULT_IDEMPOTENCY_SETTINGS: IdempotencySettings = { retentionMs: 24 * 3_600_000, leaseMs: 15_000, settleMs: 120_000, sweepMs: 2000 };

/** JSON with sorted keys, so the same body always fingerprints the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (Buffer.isBuffer(value)) return JSON.stringify(`sha256:${createHash('sha256').update(value).digest('hex')}`);
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function fingerprintOf(parts: unknown): string {
  return createHash('sha256').update(canonicalJson(parts)).digest('hex');
}

/** Keys are stored hashed: an Idempotency-Key may be guessable, and it never needs to be read back. */
export function idempotencyKeyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** This process, as the owner of the leases it takes (not secret: host, pid and a random suffix). */
const PROCESS_OWNER = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

/**
 * Idempotency records in Redis, per app (`scope`), as a state machine: started → in-flight (leased) → done, or →
 * unknown → (reconciler) done | released; see KeyState. A key that may have reached Migo is never executable again
 * within the retention period: only the reconciler's finding that Migo never acted releases it.
 */
export class IdempotencyStore {
  private readonly beginScript: RedisScript<string[]>;
  private readonly renewScript: RedisScript<number>;
  private readonly completeScript: RedisScript<number>;
  private readonly markUnknownScript: RedisScript<number>;
  private readonly forgetScript: RedisScript<number>;
  private readonly releaseScript: RedisScript<number>;
  private readonly expireLeaseScript: RedisScript<number>;
  private readonly takeDueScript: RedisScript<string[]>;
  private readonly epochScript: RedisScript<[string, string]>;
  /** The epoch this process last saw per app: a different one means Redis lost its data meanwhile. */
  private readonly epochs = new Map<string, string>();
  /** Leases of the requests this process is running, renewed together every third of a lease. */
  private readonly held = new Set<{ scope: string; keyHash: string; attempt: number }>();
  private renewals?: NodeJS.Timeout;
  private epochCandidates = 0;

  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: RedisKeys,
    readonly settings: IdempotencySettings = DEFAULT_IDEMPOTENCY_SETTINGS,
    private readonly owner: string = PROCESS_OWNER,
    private readonly now: () => number = Date.now,
  ) {
    this.beginScript = redisScript(redis, 'migoIdemBegin', { numberOfKeys: 4, lua: BEGIN });
    this.renewScript = redisScript(redis, 'migoIdemRenew', { numberOfKeys: 2, lua: RENEW });
    this.completeScript = redisScript(redis, 'migoIdemComplete', { numberOfKeys: 3, lua: COMPLETE });
    this.markUnknownScript = redisScript(redis, 'migoIdemMarkUnknown', { numberOfKeys: 3, lua: MARK_UNKNOWN });
    this.forgetScript = redisScript(redis, 'migoIdemForget', { numberOfKeys: 3, lua: FORGET });
    this.releaseScript = redisScript(redis, 'migoIdemRelease', { numberOfKeys: 2, lua: RELEASE });
    this.expireLeaseScript = redisScript(redis, 'migoIdemExpireLease', { numberOfKeys: 3, lua: EXPIRE_LEASE });
    this.takeDueScript = redisScript(redis, 'migoIdemTakeDue', { numberOfKeys: 1, lua: TAKE_DUE_UNKNOWN });
    this.epochScript = redisScript(redis, 'migoIdemEpoch', { numberOfKeys: 1, lua: OBSERVE_EPOCH_ONLY });
  }

  // ── keys: one hash tag per app, so every script below touches a single Cluster slot ──
  private recordKey(scope: string, keyHash: string): string {
    return this.keys.key('idem', `{${scope}}`, keyHash);
  }

  private indexKeys(scope: string) {
    const tag = `{${scope}}`;
    return { leases: this.keys.key('idem', tag, 'leases'), unknown: this.keys.key('idem', tag, 'unknown'), epoch: this.keys.key('idem', tag, 'epoch') };
  }

  /** KEYS record, leases, unknown and the member naming the key in both indexes: what every owner script starts with. */
  private keyAndIndexes(scope: string, keyHash: string): [string, string, string, string] {
    const { leases, unknown } = this.indexKeys(scope);
    return [this.recordKey(scope, keyHash), leases, unknown, keyHash];
  }

  /** A candidate epoch id, used only if the app has none: unique per process and call, without a random draw each time. */
  private newEpochId(): string {
    return `${this.owner}:${++this.epochCandidates}`;
  }

  private scopesKey(): string {
    return this.keys.key('idem', 'scopes');
  }

  // ── the request's side ──

  /** `keyHash`: idempotencyKeyHash(key), when the caller has it already. */
  async begin(scope: string, key: string, intent: WriteIntent, keyHash = idempotencyKeyHash(key)): Promise<BeginResult> {
    const { leases, unknown, epoch } = this.indexKeys(scope);
    const { retentionMs, leaseMs } = this.settings;
    const [verdict, epochId, epochCreated, a, b] = await this.beginScript(
      this.recordKey(scope, keyHash),
      leases,
      unknown,
      epoch,
      keyHash,
      this.now(),
      intent.fingerprint,
      this.owner,
      leaseMs,
      retentionMs,
      intent.kind,
      intent.reference,
      hintsArgument(intent),
      this.epochs.get(scope) ?? '',
      this.newEpochId(),
    );
    this.epochs.set(scope, epochId);
    // The app's first key, or the first since Redis lost its data (the list of apps to sweep went with it).
    if (epochCreated === '1') void this.registerScopes([scope]).catch(() => undefined);
    switch (verdict) {
      case 'started':
      case 'released':
        await this.replicated(scope, keyHash, Number(a));
        return { kind: 'started', keyHash, attempt: Number(a), released: verdict === 'released' };
      case 'in-flight':
      case 'mismatch':
        return { kind: verdict };
      case 'unknown':
        return { kind: 'unknown', cause: a as UnknownCause, fresh: b === '1' };
      case 'done':
        return { kind: 'replay', outcome: JSON.parse(a) as StoredOutcome };
      case 'legacy':
        return legacyVerdict(JSON.parse(a) as LegacyRecord, intent.fingerprint);
      default:
        throw new Error(`Unexpected idempotency verdict ${verdict}`);
    }
  }

  /**
   * The claim is on enough replicas before Migo is called: otherwise a failover could lose it and let the same key
   * move money again. Without the acknowledgements the attempt is dropped (Migo was not called) and the request fails
   * as if Redis were unavailable.
   */
  private async replicated(scope: string, keyHash: string, attempt: number): Promise<void> {
    try {
      await awaitReplicaAcks(this.redis, this.recordKey(scope, keyHash), this.settings.replicaAcks);
    } catch (error) {
      await this.forget(scope, keyHash, attempt).catch(() => undefined);
      throw error;
    }
  }

  /** Keeps the lease of a running attempt alive; false once the attempt no longer holds the key. */
  async renew(scope: string, keyHash: string, attempt: number): Promise<boolean> {
    const { leases } = this.indexKeys(scope);
    return (await this.renewScript(this.recordKey(scope, keyHash), leases, keyHash, this.owner, attempt, this.now() + this.settings.leaseMs)) === 1;
  }

  /** Renews the lease every third of its length until stopped (failures are left to the next tick: the lease is long). */
  holdLease(scope: string, keyHash: string, attempt: number): () => void {
    const lease = { scope, keyHash, attempt };
    this.held.add(lease);
    // One timer for every lease this process holds: cheaper on the hot path than a timer per request.
    this.renewals ??= setInterval(() => {
      if (this.held.size === 0) {
        clearInterval(this.renewals);
        this.renewals = undefined;
      }
      for (const held of this.held) void this.renew(held.scope, held.keyHash, held.attempt).catch(() => undefined);
    }, Math.max(100, Math.floor(this.settings.leaseMs / 3))).unref();
    return () => this.held.delete(lease);
  }

  /** The attempt's outcome is known; also rewrites a record Redis lost meanwhile. */
  async complete(scope: string, keyHash: string, attempt: number, intent: WriteIntent, outcome: StoredOutcome): Promise<void> {
    await this.completeAs(scope, keyHash, attempt, intent, outcome, 'request');
  }

  /** The attempt may have reached Migo and its outcome is not known: the key waits for the reconciler. */
  async markUnknown(scope: string, keyHash: string, attempt: number, intent: WriteIntent, cause: UnknownCause): Promise<void> {
    await this.markUnknownScript(...this.keyAndIndexes(scope, keyHash), attempt, this.now(), cause, this.settings.retentionMs, intent.fingerprint, intent.kind, intent.reference, hintsArgument(intent));
  }

  /** The attempt certainly never reached Migo: the key is free again, as if never used. */
  async forget(scope: string, keyHash: string, attempt: number): Promise<void> {
    await this.forgetScript(...this.keyAndIndexes(scope, keyHash), attempt);
  }

  // ── the reconciler's side ──

  /** Apps that have used keys (the BFF registers its apps), so the worker knows whose indexes to sweep. */
  async registerScopes(scopes: readonly string[]): Promise<void> {
    if (scopes.length > 0) await this.redis.sadd(this.scopesKey(), ...scopes);
  }

  scopes(): Promise<string[]> {
    return this.redis.smembers(this.scopesKey());
  }

  async inspect(scope: string, keyHash: string): Promise<KeyRecord | undefined> {
    return keyRecordFrom(keyHash, await this.redis.hgetall(this.recordKey(scope, keyHash)));
  }

  /** Turns keys whose lease ran out (their instance is gone) into unknown ones; answers how many. */
  async expireLapsedLeases(scope: string, limit = 100): Promise<number> {
    const { leases, unknown } = this.indexKeys(scope);
    const now = this.now();
    const lapsed = await this.redis.zrangebyscore(leases, '-inf', now, 'LIMIT', 0, limit);
    let expired = 0;
    for (const keyHash of lapsed) expired += await this.expireLeaseScript(this.recordKey(scope, keyHash), leases, unknown, keyHash, now);
    return expired;
  }

  /** Unknown keys due for a look at Migo; each is held back `holdMs` so it is handed out once (its job reschedules it). */
  dueUnknown(scope: string, holdMs: number, limit = 100): Promise<string[]> {
    return this.takeDueScript(this.indexKeys(scope).unknown, this.now(), holdMs, limit);
  }

  /** Looks at Migo again no earlier than `at`. */
  async recheckAt(scope: string, keyHash: string, at: number): Promise<void> {
    await this.redis.zadd(this.indexKeys(scope).unknown, 'XX', at, keyHash);
  }

  /** Drops a key from the unknown index (it is no longer unknown, or nothing can ever tell its outcome). */
  async dropFromUnknown(scope: string, keyHash: string): Promise<void> {
    await this.redis.zrem(this.indexKeys(scope).unknown, keyHash);
  }

  /** The reconciler found the write at Migo: the key replays this outcome. False if the key moved on meanwhile. */
  async resolveDone(scope: string, record: KeyRecord, outcome: StoredOutcome): Promise<boolean> {
    return (await this.completeAs(scope, record.keyHash, record.attempt, record, outcome, 'reconciler')) === 1;
  }

  /** The reconciler found that Migo never acted: the next request with the key runs as new. */
  async resolveReleased(scope: string, record: KeyRecord, reason: string): Promise<boolean> {
    const { unknown } = this.indexKeys(scope);
    return (await this.releaseScript(this.recordKey(scope, record.keyHash), unknown, record.keyHash, record.attempt, this.now(), reason)) === 1;
  }

  /** Notices, from this process, that Redis lost the app's records since it last looked (see BEGIN's epoch). */
  async observeEpoch(scope: string): Promise<{ verifyUntil: number }> {
    const [epochId, verifyUntil] = await this.epochScript(this.indexKeys(scope).epoch, this.now(), this.settings.retentionMs, this.epochs.get(scope) ?? '', this.newEpochId());
    this.epochs.set(scope, epochId);
    return { verifyUntil: Number(verifyUntil) };
  }

  private async completeAs(scope: string, keyHash: string, attempt: number, intent: WriteIntent, outcome: StoredOutcome, by: 'request' | 'reconciler'): Promise<number> {
    const { retentionMs } = this.settings;
    return this.completeScript(...this.keyAndIndexes(scope, keyHash), attempt, this.now(), retentionMs, JSON.stringify(outcome), by, intent.fingerprint, intent.kind, intent.reference, by === 'reconciler' ? '1' : '0');
  }
}

const hintsArgument = (intent: WriteIntent) => (intent.hints === undefined ? '' : JSON.stringify(intent.hints));

function legacyVerdict(record: LegacyRecord, fingerprint: string): BeginResult {
  if (record.fingerprint !== fingerprint) return { kind: 'mismatch' };
  if (record.state === 'in-flight') return { kind: 'in-flight' };
  const { status, headers, body, problem } = record;
  return { kind: 'replay', outcome: { status, headers, body, problem } };
}
