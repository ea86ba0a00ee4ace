import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { IdempotencyStore, logRedisErrors } from '#common';
import { RECONCILE_JOB, RECONCILER_QUEUE, RECONCILER_RETENTION, ReconcileJobData, SWEEP_JOB } from '#jobs';
import { KeyReconciler } from './key-reconciler.js';
import { KeySweeper } from './key-sweeper.js';
import { RECONCILER_STORE } from './reconciler-tokens.js';

/** A sweep job's id stays taken this long after it ran, so the workers add one sweep per interval between them. */
const SWEEP_ID_KEPT_SECONDS = 60;

/**
 * The reconciler's BullMQ worker: a sweep every IDEMPOTENCY_SWEEP_MS and the reconcile jobs it queues. Every worker
 * process offers a sweep job per interval under the interval's id, so one runs however many workers there are. A
 * timer, not a job scheduler kept in Redis: a Redis that lost its data loses the schedule, not the timer.
 */
@Processor(RECONCILER_QUEUE, { concurrency: 10, ...RECONCILER_RETENTION })
export class ReconcilerProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reconciler');
  private timer?: NodeJS.Timeout;
  private offering = false;

  constructor(
    private readonly sweeper: KeySweeper,
    private readonly reconciler: KeyReconciler,
    @InjectQueue(RECONCILER_QUEUE) private readonly queue: Queue,
    @Inject(RECONCILER_STORE) private readonly store: IdempotencyStore,
  ) {
    super();
    logRedisErrors(queue, 'worker-reconciler-queue');
  }

  @OnWorkerEvent('error')
  onError(): void {
    // Connection errors: logged (rate-limited) by the queue's listener; the worker reconnects by itself.
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<ReconcileJobData> | undefined, error: Error): void {
    const about = job?.name === RECONCILE_JOB ? { app: job.data.app, kind: job.data.kind, reference: job.data.reference } : { job: job?.name };
    this.logger.warn({ ...about, err: error.message }, `${job?.name ?? 'reconciler'} job failed; a later sweep takes it up again`);
  }

  process(job: Job<ReconcileJobData>): Promise<unknown> {
    return job.name === SWEEP_JOB ? this.sweeper.sweep() : this.reconciler.reconcile(job.data);
  }

  onApplicationBootstrap(): void {
    const { sweepMs } = this.store.settings;
    this.timer = setInterval(() => void this.offerSweep(sweepMs), sweepMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One offer at a time: while Redis is away the add waits, and the next intervals do not pile up behind it. */
  private async offerSweep(sweepMs: number): Promise<void> {
    if (this.offering) return;
    this.offering = true;
    try {
      const slot = Math.floor(Date.now() / sweepMs);
      await this.queue.add(SWEEP_JOB, {}, { jobId: `sweep-${slot}`, removeOnComplete: { age: SWEEP_ID_KEPT_SECONDS }, removeOnFail: { age: SWEEP_ID_KEPT_SECONDS } });
    } catch {
      // Redis is away; the next interval offers again.
    } finally {
      this.offering = false;
    }
  }
}
