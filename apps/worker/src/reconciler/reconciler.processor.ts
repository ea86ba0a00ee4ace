import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { IdempotencyStore } from '#common';
import { RECONCILER_QUEUE, RECONCILER_RETENTION, ReconcileJobData, SWEEP_JOB } from '#jobs';
import { KeyReconciler } from './key-reconciler.js';
import { KeySweeper } from './key-sweeper.js';
import { RECONCILER_STORE } from './reconciler-tokens.js';

const SWEEP_SCHEDULER = 'idempotency-sweep';

/**
 * The reconciler's BullMQ worker: a sweep every IDEMPOTENCY_SWEEP_MS (one at a time across every worker process,
 * BullMQ's job scheduler) and the reconcile jobs it queues.
 */
@Processor(RECONCILER_QUEUE, { concurrency: 10, ...RECONCILER_RETENTION })
export class ReconcilerProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reconciler');
  private stopped = false;

  constructor(
    private readonly sweeper: KeySweeper,
    private readonly reconciler: KeyReconciler,
    @InjectQueue(RECONCILER_QUEUE) private readonly queue: Queue,
    @Inject(RECONCILER_STORE) private readonly store: IdempotencyStore,
  ) {
    super();
  }

  process(job: Job<ReconcileJobData>): Promise<unknown> {
    return job.name === SWEEP_JOB ? this.sweeper.sweep() : this.reconciler.reconcile(job.data);
  }

  /** Schedules the sweep without holding up the start: Redis may be unreachable now, so it keeps trying. */
  onApplicationBootstrap(): void {
    void (async () => {
      for (let delayMs = 500; !this.stopped; delayMs = Math.min(delayMs * 2, 10_000)) {
        try {
          await this.queue.upsertJobScheduler(SWEEP_SCHEDULER, { every: this.store.settings.sweepMs }, { name: SWEEP_JOB });
          return;
        } catch (error) {
          this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'could not schedule the idempotency sweep yet; retrying');
          await new Promise((resolve) => setTimeout(resolve, delayMs).unref());
        }
      }
    })();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
  }
}
