import { Inject, Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { deadlineSeconds, JOB_TRACKING, JobRecord, JOBS_ENV, JobsEnv, JobTracking, TrackerTarget } from '#jobs';

/**
 * How long starting a job is retried while Redis does not take it. Migo has already accepted the work by then, so a
 * Redis that is coming back (a restart, a failover) should not cost the app its job; past this, the caller gets 503
 * and the key (if any) is settled by the reconciler, as before.
 */
const START_RETRY_MS = 2000;

/** What surface routes call once Migo accepted long-running work: start (or find) the job that follows it. */
@Injectable()
export class JobStarter {
  constructor(
    @Inject(JOB_TRACKING) private readonly tracking: JobTracking,
    @Inject(JOBS_ENV) private readonly env: JobsEnv,
  ) {}

  /** Starting is idempotent (the job id derives from the app, the kind and the upstream id), so a retry is safe. */
  async track(app: string, target: TrackerTarget, upstreamId: string, partnerId?: string, firstDelayMs = 250): Promise<JobRecord> {
    const request = { app, target, upstreamId, partnerId, deadlineSeconds: deadlineSeconds(this.env, target.type), firstDelayMs };
    const until = Date.now() + START_RETRY_MS;
    for (let delayMs = 50; ; delayMs = Math.min(delayMs * 2, 500)) {
      try {
        return await this.tracking.start(request);
      } catch (error) {
        if (Date.now() + delayMs > until) throw error;
        await sleep(delayMs);
      }
    }
  }
}
