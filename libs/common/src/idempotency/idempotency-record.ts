import type { ProblemDetails } from '../problem/problem.js';

/** What a finished request left behind: enough to answer a replay exactly as the first time. */
export interface StoredOutcome {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  problem?: Omit<ProblemDetails, 'requestId'>;
}

/**
 * The life of a key:
 * - `in-flight`: a BFF instance runs the request and holds a lease on it (renewed while it runs);
 * - `unknown`: the request may have reached Migo but nobody knows what Migo did (no answer, the instance died, Redis
 *   lost the record); never executable, the reconciler asks Migo by the reference stamped on the write;
 * - `done`: the outcome is known and is replayed;
 * - `released`: Migo provably never acted; the next request with the key runs as new.
 */
export type KeyState = 'in-flight' | 'unknown' | 'done' | 'released';

/** Why a key's outcome is unknown. */
export type UnknownCause = 'upstream-unanswered' | 'handler-failed' | 'owner-gone' | 'records-lost';

/** What the BFF knows about a keyed write before it runs: enough to find it at Migo later, and nothing secret. */
export interface WriteIntent {
  fingerprint: string;
  /** The keyed write's kind (e.g. `wallet.card-transfer`); `unreconcilable` when Migo offers no way to find it. */
  kind: string;
  /** The BFF's reference stamped on the write ('' when the kind has none). */
  reference: string;
  /** Non-secret lookup facts (card id, client, subscriptions), as the kind defines them. */
  hints?: unknown;
}

export interface KeyRecord extends WriteIntent {
  state: KeyState;
  keyHash: string;
  attempt: number;
  startedAt: number;
  owner?: string;
  leaseUntil?: number;
  cause?: UnknownCause;
  unknownSince?: number;
  /** `records-lost`: when the loss was noticed; an attempt lost with the records started before it. */
  lostAt?: number;
  outcome?: StoredOutcome;
  completedAt?: number;
  resolvedBy?: 'request' | 'reconciler';
  releasedAt?: number;
  releaseReason?: string;
}

export const UNRECONCILABLE = 'unreconcilable';

const num = (value: string | undefined): number | undefined => (value === undefined ? undefined : Number(value));

/** A record from its Redis hash (HGETALL); undefined when the key holds none. */
export function keyRecordFrom(keyHash: string, fields: Record<string, string>): KeyRecord | undefined {
  if (!fields.state) return undefined;
  return {
    keyHash,
    state: fields.state as KeyState,
    fingerprint: fields.fp,
    attempt: Number(fields.attempt ?? 1),
    startedAt: Number(fields.startedAt ?? 0),
    kind: fields.kind ?? UNRECONCILABLE,
    reference: fields.ref ?? '',
    hints: fields.hints ? JSON.parse(fields.hints) : undefined,
    owner: fields.owner,
    leaseUntil: num(fields.lease),
    cause: fields.cause as UnknownCause | undefined,
    unknownSince: num(fields.since),
    lostAt: num(fields.lostAt),
    outcome: fields.outcome ? (JSON.parse(fields.outcome) as StoredOutcome) : undefined,
    completedAt: num(fields.completedAt),
    resolvedBy: fields.resolvedBy as KeyRecord['resolvedBy'],
    releasedAt: num(fields.releasedAt),
    releaseReason: fields.reason,
  };
}

/**
 * Records written before unknown-outcome existed (a JSON string with a 5-minute in-flight marker or the outcome).
 * They are still honoured until they expire: a replay, or a 409 while in flight.
 */
export type LegacyRecord = { state: 'in-flight'; fingerprint: string } | ({ state: 'done'; fingerprint: string } & StoredOutcome);
