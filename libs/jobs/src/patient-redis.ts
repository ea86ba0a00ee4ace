import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createRedisConnection, type RedisConnection, type RedisEnv } from '#common';

export const PATIENT_REDIS = Symbol('PATIENT_REDIS');

/**
 * The worker's job store writes through a connection of its own that waits out a Redis outage (commands queued while
 * disconnected, retried for ever, as BullMQ's own connections do) instead of failing fast like the HTTP path's: a
 * tracker step that loses Redis carries on when Redis is back, and never fails a job, nor rejects unhandled, for it.
 */
export function patientRedis(env: RedisEnv): RedisConnection {
  const client = createRedisConnection(env, 'patient', 'worker-jobs');
  client.on('error', () => undefined); // commands wait for the reconnection; readiness reports the outage
  return client;
}

/** Closes a connection at shutdown without letting a Redis that does not answer hold it: QUIT, then drop it after 1 s. */
export async function closeRedisConnection(redis: RedisConnection): Promise<void> {
  const quit = redis.quit().catch(() => undefined);
  const timer = setTimeout(() => redis.disconnect(), 1000);
  await quit;
  clearTimeout(timer);
}

@Injectable()
export class PatientRedisCloser implements OnApplicationShutdown {
  constructor(@Inject(PATIENT_REDIS) private readonly redis: RedisConnection) {}

  async onApplicationShutdown(): Promise<void> {
    await closeRedisConnection(this.redis);
  }
}
