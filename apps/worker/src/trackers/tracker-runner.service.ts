import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import { isTerminal, JobRecord, JobStore, TrackerJobData } from '#jobs';
import { UpstreamError } from '#migo-http';
import { WORKER_SETTINGS } from '../worker-settings.js';
import type { WorkerSettings } from '../worker-settings.js';
import { JOB_STORE } from '../worker-tokens.js';
import { nextPollDelay } from './poll-schedule.js';
import { createStepContext } from './step-context.js';
import { StepContext, StepResult, Tracker, TRACKERS } from './tracker.js';

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
  private readonly byType = new Map<string, Tracker>();
  private readonly shutdown = new AbortController();

  constructor(
    @Inject(JOB_STORE) private readonly store: JobStore,
    @Inject(WORKER_SETTINGS) private readonly settings: WorkerSettings,
    @Inject(TRACKERS) trackers: Tracker[],
  ) {
    for (const tracker of trackers) for (const type of tracker.handles) this.byType.set(type, tracker);
  }

  /** Ends in-flight steps early (they save progress and re-arm) so the workers can close promptly. */
  beforeApplicationShutdown(): void {
    this.shutdown.abort();
  }

  async run(job: Job<TrackerJobData>, token: string | undefined): Promise<string> {
    const data = job.data;
    const record = await this.store.get(data.app, data.jobId);
    if (!record || isTerminal(record.state)) return record?.state ?? 'gone';
    const tracker = this.byType.get(data.target.type);
    if (!tracker) throw new Error(`No tracker for ${data.target.type}`);

    if (Date.now() > data.deadlineAt) {
      if (tracker.onDeadline) {
        await tracker.onDeadline(this.context(record, data)).catch((error: unknown) => this.logger.warn({ jobId: data.jobId, type: data.target.type, err: error instanceof Error ? error.message : String(error) }, 'tracker deadline handler failed'));
      }
      await this.store.update(data.app, data.jobId, () => ({ state: 'failed', error: { code: 'deadline-exceeded', message: 'The upstream work did not finish before the tracking deadline' } }));
      return 'failed';
    }

    let outcome: StepResult;
    try {
      outcome = await tracker.step(this.context(record, data));
    } catch (error) {
      if (isFinalRefusal(error)) {
        await this.store.update(data.app, data.jobId, () => ({ state: 'failed', error: { code: `upstream-${error.status}`, message: `${error.upstream} answered ${error.status}: ${error.message}` } }));
        return 'failed';
      }
      this.logger.warn({ jobId: data.jobId, type: data.target.type, err: error instanceof Error ? error.message : String(error) }, 'tracker step failed; will retry');
      outcome = { done: false, changed: false, retryAfterMs: error instanceof UpstreamError ? error.retryAfterMs : undefined };
    }
    if (outcome.done) return 'done';

    const delayMs = this.shutdown.signal.aborted ? 0 : nextPollDelay(data.nextDelayMs, outcome, { minMs: this.settings.minPollMs, maxMs: this.settings.maxPollMs });
    await job.updateData({ ...data, steps: data.steps + 1, nextDelayMs: delayMs, ...(outcome.memory === undefined ? {} : { memory: outcome.memory }) });
    await job.moveToDelayed(Date.now() + delayMs, token);
    throw new DelayedError();
  }

  private context(record: JobRecord, data: TrackerJobData): StepContext {
    return createStepContext(this.store, record, data, this.shutdown.signal);
  }
}
