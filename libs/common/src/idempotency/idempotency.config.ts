import type { ReplicaAcks } from '../redis/replica-acks.js';
import { IsInt, Max, Min } from 'class-validator';
import { EnvInt } from '../config/env-transforms.js';

/** Idempotency-Key records: shared by the BFF (which writes them) and the worker (which reconciles them). */
export class IdempotencyEnv {
  /** How long a key is remembered: never executable again within this long of its first use (nor of its outcome). */
  @EnvInt() @IsInt() @Min(1) @Max(24 * 30) IDEMPOTENCY_RETENTION_HOURS = 24;
  /**
   * A request holding a key renews its lease every third of this; a lease that runs out means its BFF instance is
   * gone, and the key becomes unknown-outcome (never executable) until the reconciler asks Migo.
   */
  @EnvInt() @IsInt() @Min(500) @Max(600_000) IDEMPOTENCY_LEASE_MS = 15_000;
  /**
   * How long after an attempt started Migo may still apply it (our call timed out, Migo kept working). Before then a
   * write Migo does not show proves nothing; after it, the key is released.
   */
  @EnvInt() @IsInt() @Min(1000) @Max(3_600_000) IDEMPOTENCY_SETTLE_MS = 120_000;
  /** How often the worker looks for lapsed leases and unknown-outcome keys to reconcile. */
  @EnvInt() @IsInt() @Min(100) @Max(600_000) IDEMPOTENCY_SWEEP_MS = 2000;
}

export interface IdempotencySettings {
  retentionMs: number;
  leaseMs: number;
  settleMs: number;
  sweepMs: number;
  /** Replicas that must hold a new claim before the request may call Migo (none: do not wait). */
  replicaAcks?: ReplicaAcks;
}

export function idempotencySettings(env: IdempotencyEnv): IdempotencySettings {
  return { retentionMs: env.IDEMPOTENCY_RETENTION_HOURS * 3_600_000, leaseMs: env.IDEMPOTENCY_LEASE_MS, settleMs: env.IDEMPOTENCY_SETTLE_MS, sweepMs: env.IDEMPOTENCY_SWEEP_MS };
}
