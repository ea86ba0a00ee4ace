import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { DynamicModule, Module, Provider } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { REDIS, REDIS_KEYS } from '#common';
import type { RedisEnv, RedisKeys } from '#common';
import { bullConnection, bullPrefix, TRACKER_QUEUE_OPTIONS } from './bullmq-connection.js';
import { JobStore } from './job-store.js';
import { JobTracking } from './job-tracking.js';
import { TRACKER_QUEUES } from './job-types.js';
import { JobsEnv, jobStoreOptions } from './jobs.config.js';
import { JOB_STORE, JOB_TRACKING, JOBS_ENV, TRACKER_QUEUE_MAP, UPSTREAM_FOLLOWERS, WATCH_STORE, WATCH_TRACKING } from './jobs.tokens.js';
import { WatchStore } from './watches/watch-store.js';
import { WatchTracking } from './watches/watch-tracking.js';
import { PATIENT_REDIS, patientRedis, PatientRedisCloser } from './patient-redis.js';
import { UpstreamFollowers } from './upstream-followers.js';

export interface JobsCoreOptions {
  /**
   * `producer` (the BFF): the store on the request path's fail-fast Redis client, queues that fail fast too (503).
   * `worker`: the store on a connection that waits out an outage, queues that block and retry (as BullMQ requires).
   */
  role: 'producer' | 'worker';
  redis: RedisEnv;
  jobs: JobsEnv;
}

/**
 * The one place that owns the job store, its tokens, the tracker queues and the producer side of tracking, for the
 * BFF and the worker alike. Needs RedisModule (REDIS, REDIS_KEYS) in the application.
 */
@Module({})
export class JobsCoreModule {
  static forRoot(options: JobsCoreOptions): DynamicModule {
    const { role, redis, jobs } = options;
    const timeouts = role === 'producer' ? { commandTimeout: redis.REDIS_COMMAND_TIMEOUT_MS, connectTimeout: redis.REDIS_CONNECT_TIMEOUT_MS } : {};
    const store: Provider[] =
      role === 'producer'
        ? [
            { provide: JOB_STORE, useFactory: (client: Redis, keys: RedisKeys) => new JobStore(client, keys, jobStoreOptions(jobs)), inject: [REDIS, REDIS_KEYS] },
            { provide: UPSTREAM_FOLLOWERS, useFactory: (client: Redis, keys: RedisKeys) => new UpstreamFollowers(client, keys), inject: [REDIS, REDIS_KEYS] },
          ]
        : [
            { provide: PATIENT_REDIS, useFactory: () => patientRedis(redis.REDIS_URL) },
            PatientRedisCloser,
            { provide: JOB_STORE, useFactory: (client: Redis, keys: RedisKeys) => new JobStore(client, keys, jobStoreOptions(jobs)), inject: [PATIENT_REDIS, REDIS_KEYS] },
            { provide: UPSTREAM_FOLLOWERS, useFactory: (client: Redis, keys: RedisKeys) => new UpstreamFollowers(client, keys), inject: [PATIENT_REDIS, REDIS_KEYS] },
          ];
    // Watches share the job store's Redis client and event stream bounds (their events go to the same stream).
    const watchStore: Provider = {
      provide: WATCH_STORE,
      useFactory: (client: Redis, keys: RedisKeys) => new WatchStore(client, keys, jobStoreOptions(jobs)),
      inject: [role === 'producer' ? REDIS : PATIENT_REDIS, REDIS_KEYS],
    };
    return {
      module: JobsCoreModule,
      global: true,
      imports: [
        BullModule.forRoot({ connection: bullConnection(redis.REDIS_URL, role, timeouts), prefix: bullPrefix(redis.REDIS_KEY_PREFIX) }),
        BullModule.registerQueue(...TRACKER_QUEUES.map((name) => ({ name, ...TRACKER_QUEUE_OPTIONS }))),
      ],
      providers: [
        { provide: JOBS_ENV, useValue: jobs },
        ...store,
        {
          provide: TRACKER_QUEUE_MAP,
          useFactory: (...queues: Queue[]) => new Map(TRACKER_QUEUES.map((name, i) => [name, queues[i]])),
          inject: TRACKER_QUEUES.map((name) => getQueueToken(name)),
        },
        {
          provide: JOB_TRACKING,
          useFactory: (jobStore: JobStore, followers: UpstreamFollowers, ...queues: Queue[]) => JobTracking.over(jobStore, queues, role === 'producer' ? 'bff-producer' : 'worker-tracking', followers),
          inject: [JOB_STORE, UPSTREAM_FOLLOWERS, ...TRACKER_QUEUES.map((name) => getQueueToken(name))],
        },
        watchStore,
        {
          provide: WATCH_TRACKING,
          useFactory: (queues: ReadonlyMap<string, Queue>, followers: UpstreamFollowers) => new WatchTracking(queues, followers),
          inject: [TRACKER_QUEUE_MAP, UPSTREAM_FOLLOWERS],
        },
      ],
      exports: [JOBS_ENV, JOB_STORE, JOB_TRACKING, WATCH_STORE, WATCH_TRACKING, UPSTREAM_FOLLOWERS, TRACKER_QUEUE_MAP],
    };
  }
}
