import { Inject, Injectable } from '@nestjs/common';
import { deadlineSeconds, JOB_TRACKING, JobRecord, JOBS_ENV, JobsEnv, JobTracking, TrackerTarget } from '#jobs';

/** What surface routes call once Migo accepted long-running work: start (or find) the job that follows it. */
@Injectable()
export class JobStarter {
  constructor(
    @Inject(JOB_TRACKING) private readonly tracking: JobTracking,
    @Inject(JOBS_ENV) private readonly env: JobsEnv,
  ) {}

  track(app: string, target: TrackerTarget, upstreamId: string, partnerId?: string, firstDelayMs = 250): Promise<JobRecord> {
    return this.tracking.start({ app, target, upstreamId, partnerId, deadlineSeconds: deadlineSeconds(this.env, target.type), firstDelayMs });
  }
}
