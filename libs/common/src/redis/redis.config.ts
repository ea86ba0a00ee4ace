import { IsString, Matches } from 'class-validator';

export class RedisEnv {
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' }) REDIS_URL = 'redis://127.0.0.1:6379';
  /**
   * Prefix of every key this deployment writes (tokens, idempotency records, job state, BullMQ queues).
   * Give each environment, and each test run, its own.
   */
  @IsString() @Matches(/^[A-Za-z0-9:_-]{1,64}$/, { message: 'REDIS_KEY_PREFIX may hold letters, digits, ":", "_" and "-" only' }) REDIS_KEY_PREFIX = 'migo';
}
