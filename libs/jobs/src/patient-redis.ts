import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';

export const PATIENT_REDIS = Symbol('PATIENT_REDIS');

/**
 * The worker's job store writes through a connection of its own that waits out a Redis outage (commands queued while
 * disconnected, retried for ever, as BullMQ's own connections do) instead of failing fast like the HTTP path's: a
 * tracker step that loses Redis carries on when Redis is back, and never fails a job, nor rejects unhandled, for it.
 */
export function patientRedis(url: string): Redis {
  const client = new Redis(url, { connectionName: 'worker-jobs', maxRetriesPerRequest: null });
  client.on('error', () => undefined); // commands wait for the reconnection; readiness reports the outage
  return client;
}

@Injectable()
export class PatientRedisCloser implements OnApplicationShutdown {
  constructor(@Inject(PATIENT_REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    // A Redis that does not answer must not hold the shutdown: give QUIT a moment, then drop the connection.
    const quit = this.redis.quit().catch(() => undefined);
    const timer = setTimeout(() => this.redis.disconnect(), 1000);
    await quit;
    clearTimeout(timer);
  }
}
