import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ProblemDetails } from '../problem/problem.js';
import type { RedisKeys } from '../redis/redis.module.js';

/** What a finished request left behind: enough to answer a replay exactly as the first time. */
export interface StoredOutcome {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  problem?: Omit<ProblemDetails, 'requestId'>;
}

type IdempotencyRecord =
  | { state: 'in-flight'; fingerprint: string; startedAt: number }
  | ({ state: 'done'; fingerprint: string; completedAt: number } & StoredOutcome);

export type BeginResult =
  | { kind: 'started' }
  | { kind: 'in-flight' }
  | { kind: 'mismatch' }
  | { kind: 'replay'; outcome: StoredOutcome };

export interface IdempotencyOptions {
  /** How long a finished outcome is kept (24 h). */
  retentionMs: number;
  /** How long an in-flight marker survives a crashed instance (longer than any upstream call). */
  inFlightMs: number;
}

export const DEFAULT_IDEMPOTENCY_OPTIONS: IdempotencyOptions = { retentionMs: 24 * 3_600_000, inFlightMs: 5 * 60_000 };

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

/**
 * Idempotency records in Redis, scoped per app. Keys are stored hashed (an Idempotency-Key may be guessable);
 * a record is in flight until the request finishes, then holds the outcome for the retention period.
 */
export class IdempotencyStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly options: IdempotencyOptions = DEFAULT_IDEMPOTENCY_OPTIONS,
  ) {}

  private recordKey(scope: string, key: string): string {
    return this.keys.key('idem', `{${scope}}`, createHash('sha256').update(key).digest('hex'));
  }

  async begin(scope: string, key: string, fingerprint: string): Promise<BeginResult> {
    const redisKey = this.recordKey(scope, key);
    const marker: IdempotencyRecord = { state: 'in-flight', fingerprint, startedAt: Date.now() };
    for (let attempt = 0; attempt < 3; attempt++) {
      if ((await this.redis.set(redisKey, JSON.stringify(marker), 'PX', this.options.inFlightMs, 'NX')) === 'OK') return { kind: 'started' };
      const raw = await this.redis.get(redisKey);
      if (raw === null) continue; // expired or abandoned between our two calls
      const record = JSON.parse(raw) as IdempotencyRecord;
      if (record.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (record.state === 'in-flight') return { kind: 'in-flight' };
      const { state: _s, fingerprint: _f, completedAt: _c, ...outcome } = record;
      return { kind: 'replay', outcome };
    }
    return { kind: 'in-flight' };
  }

  async complete(scope: string, key: string, fingerprint: string, outcome: StoredOutcome): Promise<void> {
    const record: IdempotencyRecord = { state: 'done', fingerprint, completedAt: Date.now(), ...outcome };
    await this.redis.set(this.recordKey(scope, key), JSON.stringify(record), 'PX', this.options.retentionMs);
  }

  /** Forget an attempt that certainly changed nothing upstream, so the key can be used again. */
  async abandon(scope: string, key: string): Promise<void> {
    await this.redis.del(this.recordKey(scope, key));
  }
}
