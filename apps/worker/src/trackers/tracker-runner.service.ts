import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import { createStepContext, isTerminal, JOB_STORE, JobRecord, JobStore, StepContext, StepResult, trackedJobId, Tracker, TrackerJobData } from '#jobs';
import { UpstreamError } from '#migo-http';
import { StepOutcome, WorkerMetrics } from '../observability/worker-metrics.js';
import { WORKER_SETTINGS } from '../worker-settings.js';
import type { WorkerSettings } from '../worker-settings.js';
import { nextPollDelay } from './poll-schedule.js';
import { TRACKERS_BY_KIND } from './trackers-by-kind.js';

/** An upstream answer that will not get better by asking again (the work does not exist, or we may not see it). */
function isFinalRefusal(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError && error.kind === 'response' && error.status !== undefined && error.status >= 400 && error.status < 500 && error.status !== 429 && error.status !== 408;
}

/**
 * Runs one step of a tracker and re-arms it as a delayed job, so waiting between polls holds no worker slot.
 * Steps are idempotent (BullMQ delivers at least once): the store only announces real changes and refuses to touch
 * a finished job, so a step re-run after a crash writes nothing twice.
 */
@Injectable()
export class TrackerRunner implements BeforeApplicationShutdown {
  private readonly logger = new Logger(TrackerRunner.name);
  private readonly shutdown = new AbortController();

  constructor(
    @Inject(JOB_STORE) private readonly store: JobStore,
    @Inject(WORKER_SETTINGS) private readonly settings: WorkerSettings,
    @Inject(TRACKERS_BY_KIND) private readonly byType: ReadonlyMap<string, Tracker>,
    private readonly metrics: WorkerMetrics,
  ) {}

  /** Ends in-flight steps early (they save progress and re-arm) so the workers can close promptly. */
  beforeApplicationShutdown(): void {
    this.shutdown.abort();
  }

  /** One step; resolves with how it ended, or throws DelayedError once the tracker is re-armed for its next poll. */
  async run(job: Job<TrackerJobData>, token: string | undefined): Promise<StepOutcome> {
    const started = performance.now();
    const outcome = await this.step(job, token);
    this.metrics.observeStep(job.data.target.type, outcome, (performance.now() - started) / 1000);
    if (outcome === 'rearmed' || outcome === 'retrying') throw new DelayedError();
    return outcome;
  }

  private async step(job: Job<TrackerJobData>, token: string | undefined): Promise<StepOutcome> {
    const data = job.data;
    const jobId = trackedJobId(job);
    const record = await this.store.get(data.app, jobId);
    if (!record || isTerminal(record.state)) return 'skipped';
    const tracker = this.byType.get(data.target.type);
    if (!tracker) throw new Error(`No tracker for ${data.target.type}`);

    if (Date.now() > data.deadlineAt) {
      if (tracker.onDeadline) {
        await tracker.onDeadline(this.context(record, data)).catch((error: unknown) => this.logger.warn({ jobId, type: data.target.type, err: error instanceof Error ? error.message : String(error) }, 'tracker deadline handler failed'));
      }
      await this.store.update(data.app, jobId, () => ({ state: 'failed', error: { code: 'deadline-exceeded', message: 'The upstream work did not finish before the tracking deadline' } }));
      return 'deadline';
    }

    let result: StepResult;
    let failed = false;
    try {
      result = await tracker.step(this.context(record, data));
    } catch (error) {
      if (isFinalRefusal(error)) {
        await this.store.update(data.app, jobId, () => ({ state: 'failed', error: { code: `upstream-${error.status}`, message: `${error.upstream} answered ${error.status}: ${error.message}` } }));
        return 'refused';
      }
      this.logger.warn({ jobId, type: data.target.type, err: error instanceof Error ? error.message : String(error) }, 'tracker step failed; will retry');
      result = { done: false, changed: false, retryAfterMs: error instanceof UpstreamError ? error.retryAfterMs : undefined };
      failed = true;
    }
    if (result.done) return 'finished';

    const delayMs = this.shutdown.signal.aborted ? 0 : nextPollDelay(data.nextDelayMs, result, { minMs: this.settings.minPollMs, maxMs: this.settings.maxPollMs });
    try {
      await job.updateData({ ...data, steps: data.steps + 1, nextDelayMs: delayMs, ...(result.memory === undefined ? {} : { memory: result.memory }) });
      await job.moveToDelayed(Date.now() + delayMs, token);
    } catch (error) {
      // Typically the step's lock lapsed while Redis was away and BullMQ's stall check has handed the tracker to a
      // new run. Failing it here would fail a job that is still being followed: the stall check is the safety net.
      this.logger.warn({ jobId, type: data.target.type, err: error instanceof Error ? error.message : String(error) }, 'could not re-arm the tracker; its next run takes over');
    }
    return failed ? 'retrying' : 'rearmed';
  }

  private context(record: JobRecord, data: TrackerJobData): StepContext {
    return createStepContext(this.store, record, data, this.shutdown.signal, this.settings.streamSliceMs);
  }
}
