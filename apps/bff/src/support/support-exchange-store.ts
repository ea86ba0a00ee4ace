import { BeforeApplicationShutdown, Inject, Injectable, Logger, Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { REDIS, REDIS_KEYS, RedisKeys, redisScript } from '#common';
import type { RedisScript } from '#common';
import { EXCHANGE_RECORDER } from '#migo-http';
import type { ExchangeRecorder, UpstreamExchange } from '#migo-http';
import { decodeSegment, encodeSegment, parseItem, pointerTo } from './exchange-codec.js';
import type { StoredItem } from './exchange-codec.js';

/** How long support can look a request up. */
export const SUPPORT_RETENTION_SECONDS = 7 * 24 * 3600;
/** Exchanges kept per request (the latest ones: a request that loops keeps its end, where it failed). */
export const SUPPORT_MAX_EXCHANGES_PER_REQUEST = 50;
/** Exchanges wait at most this long in memory before they are written… */
export const SUPPORT_FLUSH_INTERVAL_MS = 20;
/** …or until this many are waiting… */
export const SUPPORT_FLUSH_BATCH = 256;
/** …or this many bytes of JSON (bodies are cut at 16 KB each), which bounds a segment and what a lookup inflates. */
export const SUPPORT_FLUSH_BYTES = 512 * 1024;

/**
 * Stores one app's batch: the segment in KEYS[1], then each request's pointers appended to its list (KEYS[2..]),
 * trimmed to the latest ARGV[1], everything expiring in ARGV[2] seconds. ARGV[3]: the segment; ARGV[4 .. 2 + #KEYS]:
 * how many pointers each list gets; then the pointers, list after list.
 */
const APPEND = `
local max, ttl = tonumber(ARGV[1]), ARGV[2]
redis.call('SET', KEYS[1], ARGV[3], 'EX', ttl)
local at = 3 + #KEYS
for i = 2, #KEYS do
  local n = tonumber(ARGV[2 + i])
  if redis.call('RPUSH', KEYS[i], unpack(ARGV, at, at + n - 1)) > max then redis.call('LTRIM', KEYS[i], -max, -1) end
  redis.call('EXPIRE', KEYS[i], ttl)
  at = at + n
end
return #KEYS - 1
`;

type StoredExchange = Omit<UpstreamExchange, 'app' | 'requestId'>;

/** One app's exchanges waiting to be written: serialized, and which of them each request made. */
interface PendingBatch {
  exchanges: string[];
  byRequest: Map<string, number[]>;
}

/**
 * The redacted upstream exchanges of each inbound request, kept per app and request id: request ids come from
 * callers, so two apps may use the same one and must never see each other's exchanges.
 *
 * Writes are batched: every 20 ms (or 256 exchanges, or 512 KB) each app's exchanges are deflated together into one
 * segment and go out, with a pointer per exchange appended to its request's list, as one script call. A transaction
 * per upstream call, then even a pipeline of three commands per exchange, cost the pass-through route more CPU than
 * its own upstream call, and deflating each exchange on its own cost ~10 % of it (bench/RESULTS.md). An app's keys
 * share a hash tag, so the call stays in one Redis Cluster slot. A lookup flushes first, so this instance's own
 * exchanges are always visible to it; another instance's may be up to one flush interval late.
 */
@Injectable()
export class SupportExchangeStore implements ExchangeRecorder, BeforeApplicationShutdown {
  private readonly logger = new Logger(SupportExchangeStore.name);
  private readonly append: RedisScript<number>;
  /** Segment ids: this instance's random prefix and a counter, so instances never collide. */
  private readonly instanceId = randomBytes(6).toString('base64url');
  private segmentCount = 0;
  private pending = new Map<string, PendingBatch>();
  private pendingCount = 0;
  private pendingBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
  ) {
    this.append = redisScript(redis, 'migoSupportAppendSegment', { lua: APPEND });
  }

  record(exchange: UpstreamExchange): void {
    // The keys name the app and the request: they are not stored again in every exchange.
    const { app, requestId, ...stored } = exchange;
    const json = JSON.stringify(stored);
    let batch = this.pending.get(app);
    if (!batch) this.pending.set(app, (batch = { exchanges: [], byRequest: new Map() }));
    const indexes = batch.byRequest.get(requestId);
    if (indexes) indexes.push(batch.exchanges.length);
    else batch.byRequest.set(requestId, [batch.exchanges.length]);
    batch.exchanges.push(json);
    this.pendingCount++;
    this.pendingBytes += json.length;
    if (this.pendingCount >= SUPPORT_FLUSH_BATCH || this.pendingBytes >= SUPPORT_FLUSH_BYTES) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), SUPPORT_FLUSH_INTERVAL_MS);
  }

  /**
   * Writes what is waiting; resolves once it (and any write before it) has been answered by Redis. A batch Redis
   * refused is dropped with a warning, not held: it is support's copy, and holding it would grow without bound.
   */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pendingCount === 0) return this.writing;
    const batches = this.pending;
    this.pending = new Map();
    this.pendingCount = 0;
    this.pendingBytes = 0;
    const writes = [...batches].map(([app, batch]) => {
      const segmentId = `${this.instanceId}-${(this.segmentCount++).toString(36)}`;
      const lists: string[] = [];
      const counts: string[] = [];
      const pointers: string[] = [];
      for (const [requestId, indexes] of batch.byRequest) {
        const kept = indexes.slice(-SUPPORT_MAX_EXCHANGES_PER_REQUEST);
        lists.push(this.listKey(app, requestId));
        counts.push(String(kept.length));
        for (const index of kept) pointers.push(pointerTo(segmentId, index));
      }
      const segment = encodeSegment(batch.exchanges);
      return this.append(1 + lists.length, this.segmentKey(app, segmentId), ...lists, String(SUPPORT_MAX_EXCHANGES_PER_REQUEST), String(SUPPORT_RETENTION_SECONDS), segment, ...counts, ...pointers).catch(
        (error: Error) => this.logger.warn(`Could not keep ${batch.exchanges.length} upstream exchanges of app ${app} for support: ${error.message}`),
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
    const lists = this.redis.pipeline();
    for (const app of apps) for (const key of [this.listKey(app, requestId), this.legacyKey(app, requestId)]) lists.lrange(key, 0, -1);
    const answers = (await lists.exec()) ?? [];
    const found: Array<{ app: string; item: StoredItem }> = [];
    answers.forEach(([error, items], i) => {
      if (error) throw error;
      for (const raw of items as string[]) {
        const item = this.parse(raw);
        if (item) found.push({ app: apps[Math.floor(i / 2)], item });
      }
    });
    const segments = await this.segments(found);
    const exchanges: UpstreamExchange[] = [];
    for (const { app, item } of found) {
      const stored = item.kind === 'plain' ? (JSON.parse(item.json) as StoredExchange) : segments.get(this.segmentKey(app, item.segmentId))?.[item.index];
      if (stored) exchanges.push({ requestId, app, ...stored });
    }
    return exchanges.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }

  /** Every segment the pointers name, each read and inflated once; one that expired or cannot be read is left out. */
  private async segments(found: ReadonlyArray<{ app: string; item: StoredItem }>): Promise<Map<string, StoredExchange[]>> {
    const keys = [...new Set(found.flatMap(({ app, item }) => (item.kind === 'pointer' ? [this.segmentKey(app, item.segmentId)] : [])))];
    const decoded = new Map<string, StoredExchange[]>();
    if (keys.length === 0) return decoded;
    const reads = this.redis.pipeline();
    for (const key of keys) reads.getBuffer(key);
    const answers = (await reads.exec()) ?? [];
    answers.forEach(([error, segment], i) => {
      if (error) throw error;
      if (!segment) return;
      try {
        decoded.set(keys[i], decodeSegment<StoredExchange>(segment as Buffer));
      } catch (failure) {
        this.logger.warn(`Skipped a support segment that could not be read: ${(failure as Error).message}`);
      }
    });
    return decoded;
  }

  /** An item this version cannot read (one written by a newer BFF during a rolling deploy) is left out, not fatal. */
  private parse(raw: string): StoredItem | undefined {
    try {
      return parseItem(raw);
    } catch (error) {
      this.logger.warn(`Skipped a support record that could not be read: ${(error as Error).message}`);
      return undefined;
    }
  }

  private listKey(app: string, requestId: string): string {
    return this.keys.key(`{support:${app}}`, 'exchanges', requestId);
  }

  private segmentKey(app: string, segmentId: string): string {
    return this.keys.key(`{support:${app}}`, 'segment', segmentId);
  }

  /** Where exchanges were kept before the per-app hash tag (read for as long as they live: 7 days). */
  private legacyKey(app: string, requestId: string): string {
    return this.keys.key('support', 'exchanges', app, requestId);
  }
}

/** Hand to `MigoHttpModule.forRoot({ exchangeRecorder })`: the global SupportModule supplies the instance. */
export const SUPPORT_EXCHANGE_RECORDER: Provider = { provide: EXCHANGE_RECORDER, useExisting: SupportExchangeStore };
