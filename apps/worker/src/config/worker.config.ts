import { IsIn, IsInt, IsString, Max, Min } from 'class-validator';
import { EnvInt, LOG_FORMATS } from '#common';
import type { LogFormat } from '#common';

/** The worker's own settings (Redis, jobs, upstreams and credentials have their own schemas). */
export class WorkerEnv {
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL = 'info';
  /** `json`, `pretty`, or `auto` (pretty when stdout is a terminal). */
  @IsIn(LOG_FORMATS) LOG_FORMAT: LogFormat = 'auto';
  /** Tracker steps run at once per upstream queue in this process. */
  @EnvInt() @IsInt() @Min(1) @Max(1000) TRACKER_CONCURRENCY = 50;
  /**
   * Upper bound on tracker steps (≈ upstream polls) per second per upstream, across every worker (BullMQ limiter):
   * never exceeded over any 10 s span, at most 1.1× in any one second, sustained at ~98 % (see pollLimiter).
   */
  @EnvInt() @IsInt() @Min(1) @Max(10000) TRACKER_POLLS_PER_SECOND = 50;
  /** Adaptive polling: first and quickest interval… */
  @EnvInt() @IsInt() @Min(50) @Max(60000) TRACKER_MIN_POLL_MS = 1000;
  /** …and the slowest, reached after polls that saw no change. */
  @EnvInt() @IsInt() @Min(100) @Max(600000) TRACKER_MAX_POLL_MS = 30000;
  /** A followed progress stream is read for at most this long per step, then the step re-arms (frees the slot). */
  @EnvInt() @IsInt() @Min(1000) @Max(300000) TRACKER_STREAM_SLICE_MS = 20000;
  /** A step's lock; a crashed worker's jobs are picked up by others after about this long. */
  @EnvInt() @IsInt() @Min(1000) @Max(600000) WORKER_LOCK_DURATION_MS = 30000;
  @EnvInt() @IsInt() @Min(1000) @Max(600000) WORKER_STALLED_INTERVAL_MS = 30000;
  /** How often each watch (POST /v1/watches) polls its object; its polls share the tracker poll budget. */
  @EnvInt() @IsInt() @Min(50) @Max(3_600_000) WATCH_POLL_MS = 60000;
  /** The ops port (GET /metrics, /health/live, /health/ready); 0 picks a free one. Loopback unless the host is set. */
  @IsString() WORKER_OPS_HOST = '127.0.0.1';
  @EnvInt() @IsInt() @Min(0) @Max(65535) WORKER_OPS_PORT = 9465;
}
