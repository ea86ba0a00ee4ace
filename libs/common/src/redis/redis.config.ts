import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { EnvInt } from '../config/env-transforms.js';

export class RedisEnv {
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' }) REDIS_URL = 'redis://127.0.0.1:6379';
  /**
   * Prefix of every key this deployment writes (tokens, idempotency records, job state, BullMQ queues).
   * Give each environment, and each test run, its own.
   */
  @IsString() @Matches(/^[A-Za-z0-9:_-]{1,64}$/, { message: 'REDIS_KEY_PREFIX may hold letters, digits, ":", "_" and "-" only' }) REDIS_KEY_PREFIX = 'migo';
  /**
   * A command on a request-path connection (the process's own client, BullMQ producers) that gets no answer within
   * this long fails, so a frozen Redis costs a request this long and a 503, not a hang.
   */
  @EnvInt() @IsInt() @Min(50) @Max(60_000) REDIS_COMMAND_TIMEOUT_MS = 1000;
  /** A (re)connection that does not complete within this long is dropped and retried. */
  @EnvInt() @IsInt() @Min(100) @Max(60_000) REDIS_CONNECT_TIMEOUT_MS = 2000;
}
