import { Inject, Injectable, Logger } from '@nestjs/common';
import { IdempotencyStore } from '#common';
import type { ReconcileJobData } from '#jobs';
import { ReconcileOutcome, WorkerMetrics } from '../observability/worker-metrics.js';
import { KeyedWriteOutcomes } from './keyed-write-outcomes.js';
import { RECONCILER_STORE } from './reconciler-tokens.js';

/** Clocks of the BFF, the worker and Migo may differ this much; the lookup window is widened by it. */
const CLOCK_SKEW_MS = 60_000;
/** A key not (yet) at Migo is looked up again this often until its settle time has passed. */
const RECHECK_MS = 5000;
/** After Migo could not be asked. */
const LOOKUP_RETRY_MS = 10_000;

/**
 * Settles one unknown-outcome key with Migo: the write found by its reference → the key replays the route's answer;
 * not found once the attempt can no longer land (IDEMPOTENCY_SETTLE_MS after it started, or after Redis's loss of
 * the records was noticed) → released, the next request runs as new; not found before that, or Migo unreachable →
 * looked up again later.
 */
@Injectable()
export class KeyReconciler {
  private readonly logger = new Logger('Reconciler');

  constructor(
    @Inject(RECONCILER_STORE) private readonly store: IdempotencyStore,
    private readonly outcomes: KeyedWriteOutcomes,
    private readonly metrics: WorkerMetrics,
  ) {}

  async reconcile(job: ReconcileJobData): Promise<ReconcileOutcome | 'moot'> {
    const outcome = await this.settle(job);
    if (outcome !== 'moot') this.metrics.countReconciliation(job.kind, outcome);
    return outcome;
  }

  private async settle({ app, keyHash, fingerprint }: ReconcileJobData): Promise<ReconcileOutcome | 'moot'> {
    const record = await this.store.inspect(app, keyHash);
    if (record?.state !== 'unknown') {
      await this.store.dropFromUnknown(app, keyHash);
      return 'moot';
    }
    if (record.fingerprint !== fingerprint) return 'moot'; // the key was reused for another request since
    const log = { app, kind: record.kind, reference: record.reference, cause: record.cause, attempt: record.attempt };
    if (!this.outcomes.reconcilable(record)) {
      await this.store.dropFromUnknown(app, keyHash);
      this.logger.warn(log, 'unknown-outcome key cannot be looked up at Migo: it stays blocked for its retention period');
      return 'unreconcilable';
    }
    const now = Date.now();
    // Records Redis lost may have been written up to a retention period ago.
    const since = record.cause === 'records-lost' ? now - this.store.settings.retentionMs : record.startedAt;
    let found;
    try {
      found = await this.outcomes.find(app, record, { from: since - CLOCK_SKEW_MS, to: now + CLOCK_SKEW_MS });
    } catch (error) {
      await this.store.recheckAt(app, keyHash, now + LOOKUP_RETRY_MS);
      this.logger.warn({ ...log, err: error instanceof Error ? error.message : String(error) }, 'Migo could not be asked about an unknown-outcome key; asking again later');
      return 'lookup-failed';
    }
    if (found) {
      await this.store.resolveDone(app, record, found);
      this.logger.log({ ...log, status: found.status }, 'unknown-outcome key reconciled: the write is at Migo, the key replays it');
      return 'found';
    }
    // An attempt lost with the records started before the loss was noticed: it can no longer land once that is settled.
    const settledAt = (record.cause === 'records-lost' && record.lostAt !== undefined ? Math.min(record.lostAt, record.startedAt) : record.startedAt) + this.store.settings.settleMs;
    if (now < settledAt) {
      await this.store.recheckAt(app, keyHash, Math.min(settledAt, now + RECHECK_MS));
      return 'pending';
    }
    await this.store.resolveReleased(app, record, 'not-found-at-migo');
    this.logger.log(log, 'unknown-outcome key released: Migo never acted on it, the next request runs as new');
    return 'released';
  }
}
