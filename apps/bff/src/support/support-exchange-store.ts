import { BeforeApplicationShutdown, Inject, Injectable, Logger, Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS, REDIS_KEYS, RedisKeys, redisScript } from '#common';
import type { RedisScript } from '#common';
import { EXCHANGE_RECORDER } from '#migo-http';
import type { ExchangeRecorder, UpstreamExchange } from '#migo-http';
import { decodeExchange, encodeExchange } from './exchange-codec.js';

type StoredExchange = Omit<UpstreamExchange, 'app' | 'requestId'>;

/** How long support can look a request up. */
export const SUPPORT_RETENTION_SECONDS = 7 * 24 * 3600;
/** Exchanges kept per request (the latest ones: a request that loops keeps its end, where it failed). */
export const SUPPORT_MAX_EXCHANGES_PER_REQUEST = 50;
/** Exchanges wait at most this long in memory before they are written… */
export const SUPPORT_FLUSH_INTERVAL_MS = 20;
/** …or until this many are waiting. */
export const SUPPORT_FLUSH_BATCH = 256;

/**
 * Appends each request's exchanges to its list, keeps the latest ARGV[1], and (re)sets its expiry to ARGV[2] seconds.
 * KEYS: one list per request; ARGV[3 .. 2 + #KEYS]: how many items each key gets; then the items, key after key.
 */
const APPEND = `
local max, ttl = tonumber(ARGV[1]), ARGV[2]
local at = 3 + #KEYS
for i, key in ipairs(KEYS) do
  local n = tonumber(ARGV[2 + i])
  if redis.call('RPUSH', key, unpack(ARGV, at, at + n - 1)) > max then redis.call('LTRIM', key, -max, -1) end
  redis.call('EXPIRE', key, ttl)
  at = at + n
end
return #KEYS
`;

/**
 * The redacted upstream exchanges of each inbound request, in a Redis list per app and request id: request ids come
 * from callers, so two apps may use the same one and must never see each other's exchanges.
 *
 * Writes are batched: every 20 ms (or 256 exchanges) each app's exchanges go out as one script call, because a
 * transaction per upstream call, then even a pipeline of three commands per exchange, cost the pass-through route
 * more CPU than its own upstream call (bench/RESULTS.md). An app's lists share a hash tag, so the call stays in one
 * Redis Cluster slot. A lookup flushes first, so this instance's own exchanges are always visible to it; another
 * instance's may be up to one flush interval late.
 */
@Injectable()
export class SupportExchangeStore implements ExchangeRecorder, BeforeApplicationShutdown {
  private readonly logger = new Logger(SupportExchangeStore.name);
  private readonly append: RedisScript<number>;
  /** app → request id → exchanges as they will be stored (without app and request id), oldest first. */
  private pending = new Map<string, Map<string, StoredExchange[]>>();
  private pendingCount = 0;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
  ) {
    this.append = redisScript(redis, 'migoSupportAppend', { lua: APPEND });
  }

  record(exchange: UpstreamExchange): void {
    // The key names the app and the request: they are not stored again in every exchange.
    const { app, requestId, ...stored } = exchange;
    let requests = this.pending.get(app);
    if (!requests) this.pending.set(app, (requests = new Map()));
    const items = requests.get(requestId);
    if (items) items.push(stored);
    else requests.set(requestId, [stored]);
    this.pendingCount++;
    if (this.pendingCount >= SUPPORT_FLUSH_BATCH) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), SUPPORT_FLUSH_INTERVAL_MS);
  }

  /**
   * Writes what is waiting; resolves once it (and any write before it) has been answered by Redis. A batch Redis
   * refused is dropped with a warning, not held: it is support's copy, and holding it would grow without bound.
   * Exchanges are encoded here rather than when recorded, so compressing them is never on a request's own path.
   */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pendingCount === 0) return this.writing;
    const batch = this.pending;
    this.pending = new Map();
    this.pendingCount = 0;
    const writes = [...batch].map(([app, requests]) => {
      const keys: string[] = [];
      const counts: string[] = [];
      const items: Buffer[] = [];
      for (const [requestId, exchanges] of requests) {
        const kept = exchanges.slice(-SUPPORT_MAX_EXCHANGES_PER_REQUEST);
        keys.push(this.key(app, requestId));
        counts.push(String(kept.length));
        for (const exchange of kept) items.push(encodeExchange(exchange));
      }
      return this.append(keys.length, ...keys, String(SUPPORT_MAX_EXCHANGES_PER_REQUEST), String(SUPPORT_RETENTION_SECONDS), ...counts, ...items).catch((error: Error) =>
        this.logger.warn(`Could not keep ${items.length} upstream exchanges of app ${app} for support: ${error.message}`),
      );
    });
    this.writing = Promise.all([this.writing, ...writes]).then(() => undefined);
    return this.writing;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  /** The exchanges of `requestId` made for any of `apps`, oldest first. */
  async find(apps: readonly string[], requestId: string): Promise<UpstreamExchange[]> {
    await this.flush();
    const pipeline = this.redis.pipeline();
    for (const app of apps) for (const key of [this.key(app, requestId), this.legacyKey(app, requestId)]) pipeline.lrangeBuffer(key, 0, -1);
    const results = (await pipeline.exec()) ?? [];
    const exchanges: UpstreamExchange[] = [];
    results.forEach(([error, items], i) => {
      if (error) throw error;
      const app = apps[Math.floor(i / 2)];
      for (const item of items as Buffer[]) {
        const stored = this.decode(item);
        if (stored) exchanges.push({ requestId, app, ...stored });
      }
    });
    return exchanges.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }

  /** A record this version cannot read (one written by a newer BFF during a rolling deploy) is left out, not fatal. */
  private decode(record: Buffer): StoredExchange | undefined {
    try {
      return decodeExchange<StoredExchange>(record);
    } catch (error) {
      this.logger.warn(`Skipped a support record that could not be read: ${(error as Error).message}`);
      return undefined;
    }
  }

  private key(app: string, requestId: string): string {
    return this.keys.key(`{support:${app}}`, 'exchanges', requestId);
  }

  /** Where exchanges were kept before the per-app hash tag (read for as long as they live: 7 days). */
  private legacyKey(app: string, requestId: string): string {
    return this.keys.key('support', 'exchanges', app, requestId);
  }
}

/** Hand to `MigoHttpModule.forRoot({ exchangeRecorder })`: the global SupportModule supplies the instance. */
export const SUPPORT_EXCHANGE_RECORDER: Provider = { provide: EXCHANGE_RECORDER, useExisting: SupportExchangeStore };
