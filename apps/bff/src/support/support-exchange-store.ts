import { BeforeApplicationShutdown, Inject, Injectable, Logger, Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS, REDIS_KEYS, RedisKeys } from '#common';
import { EXCHANGE_RECORDER } from '#migo-http';
import type { ExchangeRecorder, UpstreamExchange } from '#migo-http';

/** How long support can look a request up. */
export const SUPPORT_RETENTION_SECONDS = 7 * 24 * 3600;
/** Exchanges kept per request (the latest ones: a request that loops keeps its end, where it failed). */
export const SUPPORT_MAX_EXCHANGES_PER_REQUEST = 50;
/** Exchanges wait at most this long in memory before they are written… */
export const SUPPORT_FLUSH_INTERVAL_MS = 20;
/** …or until this many are waiting. */
export const SUPPORT_FLUSH_BATCH = 256;
/** While Redis refuses writes, exchanges beyond this many are dropped rather than held (support's copy only). */
const SUPPORT_MAX_PENDING = 10_000;

/**
 * The redacted upstream exchanges of each inbound request, in a Redis list per app and request id: request ids come
 * from callers, so two apps may use the same one and must never see each other's exchanges.
 *
 * Writes are batched: one pipeline per flush instead of one transaction per upstream call, because a transaction per
 * call cost the pass-through route more CPU than its own upstream call (bench/RESULTS.md). A lookup flushes first, so
 * this instance's own exchanges are always visible to it; another instance's may be up to one flush interval late.
 */
@Injectable()
export class SupportExchangeStore implements ExchangeRecorder, BeforeApplicationShutdown {
  private readonly logger = new Logger(SupportExchangeStore.name);
  private pending = new Map<string, string[]>();
  private pendingCount = 0;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
  ) {}

  record(exchange: UpstreamExchange): void {
    if (this.pendingCount >= SUPPORT_MAX_PENDING) return;
    const key = this.key(exchange.app, exchange.requestId);
    const list = this.pending.get(key);
    // The key names the app and the request: they are not stored again in every exchange.
    const { app: _app, requestId: _requestId, ...stored } = exchange;
    const item = JSON.stringify(stored);
    if (list) list.push(item);
    else this.pending.set(key, [item]);
    this.pendingCount++;
    if (this.pendingCount >= SUPPORT_FLUSH_BATCH) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), SUPPORT_FLUSH_INTERVAL_MS);
  }

  /** Writes what is waiting; resolves once it (and any write before it) has been answered by Redis. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pendingCount === 0) return this.writing;
    const batch = this.pending;
    const count = this.pendingCount;
    this.pending = new Map();
    this.pendingCount = 0;
    const pipeline = this.redis.pipeline();
    for (const [key, items] of batch) {
      pipeline.rpush(key, ...items);
      pipeline.ltrim(key, -SUPPORT_MAX_EXCHANGES_PER_REQUEST, -1);
      pipeline.expire(key, SUPPORT_RETENTION_SECONDS);
    }
    const written = pipeline.exec().then(
      (results) => {
        const failed = results?.find(([error]) => error)?.[0];
        if (failed) this.logger.warn(`Could not keep ${count} upstream exchanges for support: ${failed.message}`);
      },
      (error: Error) => this.logger.warn(`Could not keep ${count} upstream exchanges for support: ${error.message}`),
    );
    this.writing = Promise.all([this.writing, written]).then(() => undefined);
    return this.writing;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  /** The exchanges of `requestId` made for any of `apps`, oldest first. */
  async find(apps: readonly string[], requestId: string): Promise<UpstreamExchange[]> {
    await this.flush();
    const pipeline = this.redis.pipeline();
    for (const app of apps) pipeline.lrange(this.key(app, requestId), 0, -1);
    const results = (await pipeline.exec()) ?? [];
    const exchanges: UpstreamExchange[] = [];
    results.forEach(([error, items], i) => {
      if (error) throw error;
      for (const item of items as string[]) exchanges.push({ requestId, app: apps[i], ...(JSON.parse(item) as Omit<UpstreamExchange, 'app' | 'requestId'>) });
    });
    return exchanges.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }

  private key(app: string, requestId: string): string {
    return this.keys.key('support', 'exchanges', app, requestId);
  }
}

/** Hand to `MigoHttpModule.forRoot({ exchangeRecorder })`: the global SupportModule supplies the instance. */
export const SUPPORT_EXCHANGE_RECORDER: Provider = { provide: EXCHANGE_RECORDER, useExisting: SupportExchangeStore };
