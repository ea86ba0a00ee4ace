import { IsInt, IsString, Matches, Max, Min, Validate, ValidateIf, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { EnvInt } from '../config/env-transforms.js';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

@ValidatorConstraint({ name: 'oneRedisTarget' })
class OneRedisTarget implements ValidatorConstraintInterface {
  validate(_value: unknown, args: ValidationArguments): boolean {
    return (args.object as RedisEnv).REDIS_URL === undefined;
  }

  defaultMessage(): string {
    return 'set REDIS_URL (one Redis server) or REDIS_CLUSTER_NODES (a Redis Cluster), not both';
  }
}

export class RedisEnv {
  /** One Redis server; unset means redis://127.0.0.1:6379, unless REDIS_CLUSTER_NODES names a cluster instead. */
  @ValidateIf((env: RedisEnv) => env.REDIS_URL !== undefined)
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;
  /**
   * Seed nodes of a Redis Cluster, `host:port,host:port` (one is enough; more survive a seed being down). Every process
   * then talks to the cluster (ioredis Cluster), and REDIS_URL must stay unset.
   */
  @ValidateIf((env: RedisEnv) => env.REDIS_CLUSTER_NODES !== undefined)
  @Matches(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}(,[A-Za-z0-9.\-[\]:]+:\d{1,5})*$/, { message: 'REDIS_CLUSTER_NODES must be a comma-separated list of host:port' })
  @Validate(OneRedisTarget)
  REDIS_CLUSTER_NODES?: string;
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
  /**
   * Replicas that must hold an idempotency claim or a new job record (WAIT) before the BFF calls Migo or answers 202:
   * with asynchronous replication a master can acknowledge a write and die before a replica has it, and the promoted
   * replica would then let the same Idempotency-Key move money twice. 0: do not wait (one Redis, or no replicas).
   */
  @EnvInt() @IsInt() @Min(0) @Max(5) REDIS_MIN_REPLICA_ACKS = 0;
  /** How long to wait for those acknowledgements; without them in time the request answers 503 and Migo is not called. */
  @EnvInt() @IsInt() @Min(10) @Max(5000) REDIS_REPLICA_ACK_TIMEOUT_MS = 500;
}
