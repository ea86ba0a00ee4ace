import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createRedisConnection, isCluster, type RedisConnection, type RedisEnv } from '#common';
import { compareStreamIds, JOB_STORE, JobStore, StreamEvent, streamEventOf } from '#jobs';
import { EVENTS_REDIS_ENV } from './jobs.tokens.js';

/** Job events and watch events alike (the app's one stream). */
export type JobEventListener = (event: StreamEvent) => void;

/** How long one blocking read waits; new subscriptions join at the next read (they never miss events: see subscribe). */
const BLOCK_MS = 1000;

/**
 * On a Redis Cluster each app's stream has its own hash tag, so one XREAD over several apps would be CROSSSLOT, and a
 * blocking read would hold the connection to a node that other reads need. There the bus reads every app's stream
 * without blocking, all at once (auto-pipelined per node), and waits this long after a round that found nothing.
 */
const CLUSTER_READ_INTERVAL_MS = 50;

type StreamReply = Array<[string, Array<[string, string[]]>]>;

/**
 * Brings every app's job events to the subscribers of this BFF instance: one blocking reader (XREAD over the
 * streams of the apps that have listeners here; one read per stream on a cluster), fanned out in memory. Works across instances because the events
 * live in Redis, whichever worker or instance wrote them.
 */
@Injectable()
export class JobEventBus implements OnModuleDestroy {
  private readonly logger = new Logger(JobEventBus.name);
  private readonly listeners = new Map<string, Set<JobEventListener>>();
  private readonly cursors = new Map<string, string>();
  private reader?: RedisConnection;
  private running = false;
  private wake?: () => void;

  constructor(
    @Inject(JOB_STORE) private readonly store: JobStore,
    @Inject(EVENTS_REDIS_ENV) private readonly redisEnv: RedisEnv,
  ) {}

  /**
   * Listens to an app's events from now on. The first listener of an app starts reading at the newest event at the
   * moment of subscribing, so a caller that subscribes, then replays history up to that moment, then drops duplicates
   * by id, misses nothing.
   */
  async subscribe(app: string, listener: JobEventListener): Promise<() => void> {
    let set = this.listeners.get(app);
    if (!set) {
      set = new Set();
      this.listeners.set(app, set);
      this.cursors.set(app, await this.store.latestEventId(app));
    }
    set.add(listener);
    this.ensureRunning();
    return () => {
      set!.delete(listener);
      if (set!.size === 0 && this.listeners.get(app) === set) {
        this.listeners.delete(app);
        this.cursors.delete(app);
      }
    };
  }

  get listenerCount(): number {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.wake?.();
    this.reader?.disconnect();
  }

  private ensureRunning(): void {
    if (this.wake) this.wake();
    if (this.running) return;
    this.running = true;
    if (!this.reader) {
      this.reader = createRedisConnection(this.redisEnv, 'blocking', 'bff-job-events');
      this.reader.on('error', () => undefined); // the read loop reports failures (and ioredis reconnects by itself)
    }
    void this.loop();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const apps = [...this.cursors.keys()];
      if (apps.length === 0) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
        continue;
      }
      try {
        const keys = apps.map((app) => this.store.eventsKey(app));
        const result = await this.read(keys, apps.map((app) => this.cursors.get(app)!));
        for (const [key, entries] of result) {
          const app = apps[keys.indexOf(key)];
          for (const [id, fields] of entries) {
            const cursor = this.cursors.get(app);
            if (cursor === undefined || compareStreamIds(id, cursor) <= 0) continue;
            this.cursors.set(app, id);
            const event = streamEventOf(id, fields);
            for (const listener of this.listeners.get(app) ?? []) listener(event);
          }
        }
      } catch (error) {
        if (!this.running) return;
        this.logger.warn(`Job event reader: ${error instanceof Error ? error.message : String(error)}; retrying`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  private async read(keys: string[], cursors: string[]): Promise<StreamReply> {
    const reader = this.reader!;
    if (!isCluster(reader)) return ((await reader.xread('COUNT', 1000, 'BLOCK', BLOCK_MS, 'STREAMS', ...keys, ...cursors)) as StreamReply | null) ?? [];
    const replies = await Promise.all(keys.map((key, i) => reader.xread('COUNT', 1000, 'STREAMS', key, cursors[i]) as Promise<StreamReply | null>));
    const found = replies.flatMap((reply) => reply ?? []);
    if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, CLUSTER_READ_INTERVAL_MS));
    return found;
  }
}
