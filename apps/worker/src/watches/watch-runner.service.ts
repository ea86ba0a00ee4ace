import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import { CmsClient } from '#cms';
import { JobKindClients, WATCH_STORE, WATCH_TYPES, watchTypeOf, WatchJobData, WatchPoll, WatchStore } from '#jobs';
import { MiddlewareClient } from '#middleware';
import { UpstreamError } from '#migo-http';
import { WalletGatewayClient } from '#wallet-gateway';
import type { StepOutcome } from '../observability/worker-metrics.js';
import { WorkerMetrics } from '../observability/worker-metrics.js';
import { WORKER_SETTINGS } from '../worker-settings.js';
import type { WorkerSettings } from '../worker-settings.js';
import { watchersByType } from './watchers-by-type.js';

function isGone(error: unknown): boolean {
  return error instanceof UpstreamError && error.kind === 'response' && (error.status === 404 || error.status === 410);
}

/**
 * Polls one watch and re-arms it as a delayed job in its upstream's tracker queue (so every poll passes the same
 * global poll limiter as the trackers'). A poll's events and the watcher's cursor are written in one atomic step that
 * checks the cursor is still the one read: a step re-run after a crash or a restart writes no event twice.
 */
@Injectable()
export class WatchRunner implements BeforeApplicationShutdown {
  private readonly logger = new Logger(WatchRunner.name);
  private readonly watchers = watchersByType(WATCH_TYPES);
  private readonly clients: JobKindClients;
  private stopping = false;

  constructor(
    @Inject(WATCH_STORE) private readonly store: WatchStore,
    @Inject(WORKER_SETTINGS) private readonly settings: WorkerSettings,
    private readonly metrics: WorkerMetrics,
    cms: CmsClient,
    wallet: WalletGatewayClient,
    middleware: MiddlewareClient,
  ) {
    this.clients = { cms, wallet, middleware };
  }

  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  async run(job: Job<WatchJobData>, token: string | undefined): Promise<StepOutcome> {
    const started = performance.now();
    const outcome = await this.step(job, token);
    this.metrics.observeStep(job.data.type, outcome, (performance.now() - started) / 1000);
    if (outcome === 'rearmed' || outcome === 'retrying') throw new DelayedError();
    return outcome;
  }

  private async step(job: Job<WatchJobData>, token: string | undefined): Promise<StepOutcome> {
    const { app, watchId } = job.data;
    const stored = await this.store.withCursor(app, watchId);
    if (!stored || stored.record.state !== 'active') return 'skipped';
    const type = watchTypeOf(stored.record.type);
    const watcher = this.watchers.get(stored.record.type);
    if (!type || !watcher) throw new Error(`No watcher for ${stored.record.type}`);
    let poll: WatchPoll;
    try {
      const hinted = job.data.hinted === true;
      if (hinted) await job.updateData({ ...job.data, hinted: false });
      poll = await watcher.poll(this.clients, type.objectOf(stored.record.upstreamId), JSON.parse(stored.cursor) as Record<string, unknown>, { hinted });
    } catch (error) {
      if (isGone(error)) {
        poll = { changes: [{ kind: 'gone' }], cursor: JSON.parse(stored.cursor) as Record<string, unknown>, ended: 'object no longer exists' };
      } else {
        this.logger.warn({ watchId, type: stored.record.type, err: error instanceof Error ? error.message : String(error) }, 'watch poll failed; will retry');
        return this.rearm(job, token, error instanceof UpstreamError ? error.retryAfterMs : undefined, 'retrying');
      }
    }
    const applied = await this.store.apply(stored.record, stored.cursor, poll);
    if (applied.outcome === 'stale') {
      // Nothing written: the app deleted the watch meanwhile, or a step re-run after a stall applied this poll first.
      // Polling goes on (from the stored cursor) only while the watch is active.
      const current = await this.store.get(app, watchId);
      if (!current || current.state !== 'active') return 'finished';
    } else if (poll.ended) return 'finished';
    return this.rearm(job, token, undefined, 'rearmed');
  }

  /**
   * The next poll after WATCH_POLL_MS divided among the watcher's reads (each poll makes one upstream call), shortened
   * by up to 20 % so watches made together do not poll in lockstep.
   */
  private async rearm(job: Job<WatchJobData>, token: string | undefined, retryAfterMs: number | undefined, outcome: 'rearmed' | 'retrying'): Promise<StepOutcome> {
    const reads = this.watchers.get(job.data.type)?.readsPerCycle ?? 1;
    const delayMs = this.stopping ? 0 : Math.max(Math.round((this.settings.watchPollMs / reads) * (0.8 + Math.random() * 0.2)), retryAfterMs ?? 0);
    try {
      await job.moveToDelayed(Date.now() + delayMs, token);
    } catch (error) {
      this.logger.warn({ watchId: job.data.watchId, err: error instanceof Error ? error.message : String(error) }, 'could not re-arm the watch; its next run takes over');
    }
    return outcome;
  }
}
