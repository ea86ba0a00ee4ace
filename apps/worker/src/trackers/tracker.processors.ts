import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { isWatchJobData, JOB_STORE, JobStore, queueFor, trackedJobId, TRACKER_RETENTION, TrackerJobData, WatchJobData } from '#jobs';
import type { WorkerSettings } from '../worker-settings.js';
import type { StepOutcome } from '../observability/worker-metrics.js';
import { pollLimiter } from './poll-limiter.js';
import { TrackerRunner } from './tracker-runner.service.js';
import { WatchRunner } from '../watches/watch-runner.service.js';

const ERROR_LOG_INTERVAL_MS = 5000;

/** One BullMQ worker per upstream queue; every step goes through the TrackerRunner. (Decorated so its constructor's injection metadata exists for the subclasses.) */
@Injectable()
abstract class TrackerProcessor extends WorkerHost {
  private readonly logger = new Logger('TrackerProcessor');
  private lastErrorLoggedAt = 0;

  constructor(
    private readonly runner: TrackerRunner,
    @Inject(JOB_STORE) private readonly store: JobStore,
    private readonly watches?: WatchRunner,
  ) {
    super();
  }

  /** Watches poll through the same queue (and so the same poll limiter) as the trackers. */
  process(job: Job<TrackerJobData | WatchJobData>, token?: string): Promise<StepOutcome> {
    if (isWatchJobData(job.data)) return this.watches!.run(job as Job<WatchJobData>, token);
    return this.runner.run(job as Job<TrackerJobData>, token);
  }

  /**
   * A step that crashed outside the runner's own handling (a bug): the job must not stay "running" for ever. An event
   * handler's rejection would be nobody's to handle, so this one never rejects.
   */
  @OnWorkerEvent('failed')
  async onFailed(job: Job<TrackerJobData> | undefined, error: Error): Promise<void> {
    if (!job || isWatchJobData(job.data)) return; // a watch's poll that crashed is re-run by BullMQ's stall check
    try {
      const jobId = trackedJobId(job);
      this.logger.error({ jobId, err: error }, 'tracker crashed');
      await this.store.update(job.data.app, jobId, () => ({ state: 'failed', error: { code: 'tracker-crashed', message: 'The tracker stopped unexpectedly; quote the job id to support' } }));
    } catch (failure) {
      this.logger.error({ jobId: job.id, err: failure instanceof Error ? failure.message : String(failure) }, 'could not record a crashed tracker');
    }
  }

  /** BullMQ's connection errors (Redis stopped, restarting): it reconnects by itself; said once every few seconds. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    const now = Date.now();
    if (now - this.lastErrorLoggedAt < ERROR_LOG_INTERVAL_MS) return;
    this.lastErrorLoggedAt = now;
    this.logger.warn({ err: error.message }, 'tracker queue connection failing; BullMQ retries');
  }
}

@Injectable()
export class WalletTrackerProcessor extends TrackerProcessor {}

@Injectable()
export class CmsTrackerProcessor extends TrackerProcessor {}

@Injectable()
export class MiddlewareTrackerProcessor extends TrackerProcessor {}

export const TRACKER_PROCESSORS = [
  [WalletTrackerProcessor, queueFor('wallet')],
  [CmsTrackerProcessor, queueFor('cms')],
  [MiddlewareTrackerProcessor, queueFor('middleware')],
] as const;

/**
 * Applies @Processor with options from the validated config (decorators are evaluated before config is known).
 * The limiter is BullMQ's global one: it caps polls per upstream across every worker process (see pollLimiter).
 * Stalled steps are re-run rather than failed (they are idempotent), up to 10 times.
 */
export function bindTrackerProcessors(settings: WorkerSettings): void {
  for (const [processor, queue] of TRACKER_PROCESSORS) {
    Processor(queue, {
      concurrency: settings.concurrency,
      limiter: pollLimiter(settings.pollsPerSecond),
      lockDuration: settings.lockDurationMs,
      stalledInterval: settings.stalledIntervalMs,
      maxStalledCount: 10,
      ...TRACKER_RETENTION,
    })(processor);
  }
}
