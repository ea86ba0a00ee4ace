import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { IdempotencyStore } from '#common';
import { RECONCILE_JOB, reconcileJobId, ReconcileJobData, RECONCILER_QUEUE } from '#jobs';
import { WorkerMetrics } from '../observability/worker-metrics.js';
import { RECONCILER_STORE } from './reconciler-tokens.js';

/** A due key handed to a reconcile job is not handed out again for this long (its job reschedules or settles it). */
const HOLD_MS = 30_000;

/**
 * One sweep, per app that uses keys: notices Redis having lost the app's records (epoch), turns keys whose lease ran
 * out (their BFF instance is gone) into unknown-outcome keys, and gives every unknown key that is due a reconcile job.
 */
@Injectable()
export class KeySweeper {
  constructor(
    @Inject(RECONCILER_STORE) private readonly store: IdempotencyStore,
    @InjectQueue(RECONCILER_QUEUE) private readonly queue: Queue<ReconcileJobData>,
    private readonly metrics: WorkerMetrics,
  ) {}

  async sweep(): Promise<{ lapsed: number; queued: number }> {
    let lapsed = 0;
    let queued = 0;
    for (const app of await this.store.scopes()) {
      await this.store.observeEpoch(app);
      lapsed += await this.store.expireLapsedLeases(app);
      for (const keyHash of await this.store.dueUnknown(app, HOLD_MS)) {
        const record = await this.store.inspect(app, keyHash);
        if (record?.state !== 'unknown') {
          await this.store.dropFromUnknown(app, keyHash);
          continue;
        }
        const data: ReconcileJobData = { app, keyHash, kind: record.kind, reference: record.reference, fingerprint: record.fingerprint };
        // Removed whatever its end: a failed job kept under the key's id would make BullMQ ignore every later add of
        // it, and the key would wait for a lookup for as long as the failed job was kept.
        await this.queue.add(RECONCILE_JOB, data, { jobId: reconcileJobId(app, keyHash), removeOnComplete: true, removeOnFail: true });
        queued++;
      }
    }
    this.metrics.countLapsedLeases(lapsed);
    return { lapsed, queued };
  }
}
