import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown, Provider } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { REDIS, REDIS_KEYS, replicaAcksOf } from '#common';
import type { RedisConnection, RedisEnv, RedisKeys } from '#common';
import { bullConnection, bullPrefix, TRACKER_QUEUE_OPTIONS } from './bullmq-connection.js';
import { JobStore } from './job-store.js';
import { JobTracking } from './job-tracking.js';
import { TRACKER_QUEUES } from './job-types.js';
import { JobsEnv, jobStoreOptions } from './jobs.config.js';
import { JOB_STORE, JOB_TRACKING, JOBS_ENV, TRACKER_QUEUE_MAP, UPSTREAM_FOLLOWERS, WATCH_STORE, WATCH_TRACKING } from './jobs.tokens.js';
import { WatchStore } from './watches/watch-store.js';
import { WatchTracking } from './watches/watch-tracking.js';
import { closeRedisConnection, PATIENT_REDIS, patientRedis, PatientRedisCloser } from './patient-redis.js';
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

const BULL_CONNECTION = Symbol('BULL_CONNECTION');

/** On a cluster the queues share one connection (see bullConnection): it closes after them. */
@Injectable()
class SharedBullConnectionCloser implements OnApplicationShutdown {
  constructor(
    @Inject(BULL_CONNECTION) private readonly connection: unknown,
    @Inject(TRACKER_QUEUE_MAP) private readonly queues: ReadonlyMap<string, Queue>,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (!isRedisConnection(this.connection)) return;
    await Promise.all([...this.queues.values()].map((queue) => queue.close().catch(() => undefined)));
    await closeRedisConnection(this.connection);
  }
}

function isRedisConnection(value: unknown): value is RedisConnection {
  return typeof value === 'object' && value !== null && typeof (value as RedisConnection).quit === 'function';
}

/**
 * The one place that owns the job store, its tokens, the tracker queues and the producer side of tracking, for the
 * BFF and the worker alike. Needs RedisModule (REDIS, REDIS_KEYS) in the application.
 */
@Module({})
export class JobsCoreModule {
  static forRoot(options: JobsCoreOptions): DynamicModule {
    const { role, redis, jobs } = options;
    const connection = bullConnection(redis, role);
    const store: Provider[] =
      role === 'producer'
        ? [
            { provide: JOB_STORE, useFactory: (client: RedisConnection, keys: RedisKeys) => new JobStore(client, keys, { ...jobStoreOptions(jobs), replicaAcks: replicaAcksOf(redis) }), inject: [REDIS, REDIS_KEYS] },
            { provide: UPSTREAM_FOLLOWERS, useFactory: (client: RedisConnection, keys: RedisKeys) => new UpstreamFollowers(client, keys), inject: [REDIS, REDIS_KEYS] },
          ]
        : [
            { provide: PATIENT_REDIS, useFactory: () => patientRedis(redis) },
            PatientRedisCloser,
            { provide: JOB_STORE, useFactory: (client: RedisConnection, keys: RedisKeys) => new JobStore(client, keys, jobStoreOptions(jobs)), inject: [PATIENT_REDIS, REDIS_KEYS] },
            { provide: UPSTREAM_FOLLOWERS, useFactory: (client: RedisConnection, keys: RedisKeys) => new UpstreamFollowers(client, keys), inject: [PATIENT_REDIS, REDIS_KEYS] },
          ];
    // Watches share the job store's Redis client and event stream bounds (their events go to the same stream).
    const watchStore: Provider = {
      provide: WATCH_STORE,
      useFactory: (client: RedisConnection, keys: RedisKeys) => new WatchStore(client, keys, jobStoreOptions(jobs)),
      inject: [role === 'producer' ? REDIS : PATIENT_REDIS, REDIS_KEYS],
    };
    return {
      module: JobsCoreModule,
      global: true,
      imports: [
        BullModule.forRoot({ connection, prefix: bullPrefix(redis.REDIS_KEY_PREFIX) }),
        BullModule.registerQueue(...TRACKER_QUEUES.map((name) => ({ name, ...TRACKER_QUEUE_OPTIONS }))),
      ],
      providers: [
        { provide: JOBS_ENV, useValue: jobs },
        { provide: BULL_CONNECTION, useValue: connection },
        SharedBullConnectionCloser,
        ...store,
        {
          provide: TRACKER_QUEUE_MAP,
          useFactory: (...queues: Queue[]) => new Map(TRACKER_QUEUES.map((name, i) => [name, queues[i]])),
          inject: TRACKER_QUEUES.map((name) => getQueueToken(name)),
        },
        {
          provide: JOB_TRACKING,
          useFactory: (jobStore: JobStore, followers: UpstreamFollowers, client: RedisConnection, ...queues: Queue[]) =>
            role === 'producer'
              ? JobTracking.over(jobStore, queues, 'bff-producer', followers, { redis: client, bullPrefix: bullPrefix(redis.REDIS_KEY_PREFIX), acks: replicaAcksOf(redis) })
              : JobTracking.over(jobStore, queues, 'worker-tracking', followers),
          inject: [JOB_STORE, UPSTREAM_FOLLOWERS, role === 'producer' ? REDIS : PATIENT_REDIS, ...TRACKER_QUEUES.map((name) => getQueueToken(name))],
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
