import type { MigoBffAnswer } from './client.js';
import type { components } from './generated/openapi.js';

export type Job = components['schemas']['Job'];

export const TERMINAL_JOB_STATES: ReadonlySet<Job['state']> = new Set(['succeeded', 'failed', 'cancelled']);

export interface WaitForJobOptions {
  /** Give up after this long (default 5 minutes) with a JobWaitTimeout carrying the job as last seen. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** The BFF holds a long-poll at most 30 s. */
const LONGEST_WAIT_SECONDS = 30;

export class JobWaitTimeout extends Error {
  override readonly name = 'JobWaitTimeout';
  constructor(readonly job: Job) {
    super(`Job ${job.id} was still ${job.state} when the wait ended`);
  }
}

type ReadJob = (query: { wait?: number; since?: string }, signal: AbortSignal | undefined) => Promise<MigoBffAnswer<Job>>;

/** Each read waits on the BFF for the next change after the `updatedAt` already seen, so no change is slept through. */
export async function waitForJobEnd(read: ReadJob, options: WaitForJobOptions = {}): Promise<Job> {
  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  let job = (await read({}, options.signal)).data;
  while (!TERMINAL_JOB_STATES.has(job.state)) {
    const wait = Math.min(LONGEST_WAIT_SECONDS, Math.floor((deadline - Date.now()) / 1000));
    if (wait < 1) throw new JobWaitTimeout(job);
    job = (await read({ wait, since: job.updatedAt }, options.signal)).data;
  }
  return job;
}
