import { BeforeApplicationShutdown, Inject, Injectable, Logger, Optional, Provider } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { REDIS, REDIS_KEYS, RedisKeys, redisScript } from '#common';
import type { RedisConnection, RedisScript } from '#common';
import { EXCHANGE_RECORDER } from '#migo-http';
import type { ExchangeRecorder, UpstreamExchange } from '#migo-http';
import { decodeSegment, encodeSegment, formatPointers, parsePointers } from './exchange-codec.js';
import type { Pointer } from './exchange-codec.js';
import type { StoredEntry, SupportEntry, SupportNote } from './support-entries.js';

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

/** Overrides the clock that picks the hour bucket (tests); `Date.now` otherwise. */
export const SUPPORT_CLOCK = Symbol('SUPPORT_CLOCK');

const HOUR_MS = 3_600_000;
/** Hours a lookup searches: every bucket that can still hold a request's pointers. */
const BUCKETS_SEARCHED = SUPPORT_RETENTION_SECONDS / 3600 + 2;

/**
 * Stores one app's batch: the segment in KEYS[1] (expiring in ARGV[2] seconds), then each request's pointers appended
 * to its field of this hour's bucket KEYS[2] (the latest ARGV[1] kept), the bucket expiring at ARGV[3] (unix seconds).
 * ARGV[4]: the segment; then request id and pointers, pair after pair.
 */
const APPEND = `
local max = tonumber(ARGV[1])
redis.call('SET', KEYS[1], ARGV[4], 'EX', ARGV[2])
for i = 5, #ARGV, 2 do
  local current = redis.call('HGET', KEYS[2], ARGV[i])
  local pointers = current and (current .. ',' .. ARGV[i + 1]) or ARGV[i + 1]
  local _, commas = string.gsub(pointers, ',', '')
  if commas >= max then
    local all = {}
    for pointer in string.gmatch(pointers, '[^,]+') do all[#all + 1] = pointer end
    pointers = table.concat(all, ',', #all - max + 1, #all)
  end
  redis.call('HSET', KEYS[2], ARGV[i], pointers)
end
redis.call('EXPIREAT', KEYS[2], ARGV[3])
return (#ARGV - 4) / 2
`;

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
 * segment, and each request's pointers into it are added to a hash of the requests of that hour (a key per request
 * cost ~250 B of Redis overhead, more than its compressed exchanges), all in one script call. A transaction per
 * upstream call, then even a pipeline of three commands per exchange, cost the pass-through route more CPU than its
 * own upstream call, and deflating each exchange on its own ~10 % of it (bench/RESULTS.md). An app's keys share a hash
 * tag, so the call stays in one Redis Cluster slot. A lookup reads the request's field in every hour that can still
 * hold it (one pipelined round trip). It flushes first, so this instance's own exchanges are always visible to it;
 * another instance's may be up to one flush interval late.
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
    @Inject(REDIS) private readonly redis: RedisConnection,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
    @Optional() @Inject(SUPPORT_CLOCK) private readonly now: () => number = Date.now,
  ) {
    this.append = redisScript(redis, 'migoSupportAppendSegment', { numberOfKeys: 2, lua: APPEND });
  }

  record(exchange: UpstreamExchange): void {
    // The keys name the app and the request: they are not stored again in every exchange.
    const { app, requestId, ...stored } = exchange;
    this.enqueue(app, requestId, JSON.stringify(stored));
  }

  /** Keeps what the BFF answered beside the request's exchanges (support-entries.ts says when). */
  recordNote(app: string, requestId: string, note: SupportNote): void {
    this.enqueue(app, requestId, JSON.stringify(note));
  }

  private enqueue(app: string, requestId: string, json: string): void {
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
    const hour = Math.floor(this.now() / HOUR_MS);
    const bucketExpiresAt = String(((hour + 1) * HOUR_MS) / 1000 + SUPPORT_RETENTION_SECONDS);
    const writes = [...batches].map(([app, batch]) => {
      const segmentId = `${this.instanceId}-${(this.segmentCount++).toString(36)}`;
      const fields: string[] = [];
      for (const [requestId, indexes] of batch.byRequest) {
        fields.push(requestId, formatPointers(indexes.slice(-SUPPORT_MAX_EXCHANGES_PER_REQUEST).map((index) => ({ segmentId, index }))));
      }
      const segment = encodeSegment(batch.exchanges);
      return this.append(this.segmentKey(app, segmentId), this.bucketKey(app, hour), String(SUPPORT_MAX_EXCHANGES_PER_REQUEST), String(SUPPORT_RETENTION_SECONDS), bucketExpiresAt, segment, ...fields).catch(
        (error: Error) => this.logger.warn(`Could not keep ${batch.exchanges.length} upstream exchanges of app ${app} for support: ${error.message}`),
      );
    });
    this.writing = Promise.all([this.writing, ...writes]).then(() => undefined);
    return this.writing;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  /** The entries (exchanges and notes) of `requestId` made for any of `apps`, oldest first. */
  async find(apps: readonly string[], requestId: string): Promise<SupportEntry[]> {
    await this.flush();
    const hour = Math.floor(this.now() / HOUR_MS);
    // Separate commands, not one pipeline: the apps' keys (and the old untagged list) live in different Cluster slots.
    const reads: Array<Promise<string | null | string[]>> = [];
    for (const app of apps) {
      for (let back = 0; back < BUCKETS_SEARCHED; back++) reads.push(this.redis.hget(this.bucketKey(app, hour - back), requestId));
      for (const key of this.listKeys(app, requestId)) reads.push(this.redis.lrange(key, 0, -1));
    }
    const answers = await Promise.all(reads);
    const perApp = BUCKETS_SEARCHED + 2;
    const pointed: Array<{ app: string; pointer: Pointer }> = [];
    const exchanges: SupportEntry[] = [];
    answers.forEach((answer, i) => {
      const app = apps[Math.floor(i / perApp)];
      if (i % perApp < BUCKETS_SEARCHED) {
        if (typeof answer === 'string') for (const pointer of this.parse(answer)) pointed.push({ app, pointer });
      } else {
        for (const json of answer as string[]) {
          const stored = this.parsePlain(json);
          if (stored) exchanges.push({ requestId, app, ...stored });
        }
      }
    });
    const segments = await this.segments(pointed.map(({ app, pointer }) => this.segmentKey(app, pointer.segmentId)));
    for (const { app, pointer } of pointed) {
      const stored = segments.get(this.segmentKey(app, pointer.segmentId))?.[pointer.index];
      if (stored) exchanges.push({ requestId, app, ...stored });
    }
    return exchanges.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }

  /** Each segment read and inflated once; one that expired or cannot be read is left out. */
  private async segments(keys: readonly string[]): Promise<Map<string, StoredEntry[]>> {
    const unique = [...new Set(keys)];
    const decoded = new Map<string, StoredEntry[]>();
    if (unique.length === 0) return decoded;
    const answers = await Promise.all(unique.map((key) => this.redis.getBuffer(key)));
    answers.forEach((segment, i) => {
      if (!segment) return;
      try {
        decoded.set(unique[i], decodeSegment<StoredEntry>(segment as Buffer));
      } catch (failure) {
        this.logger.warn(`Skipped a support segment that could not be read: ${(failure as Error).message}`);
      }
    });
    return decoded;
  }

  /** What this version cannot read (written by a newer BFF during a rolling deploy) is left out, not fatal. */
  private parse(value: string): Pointer[] {
    try {
      return parsePointers(value);
    } catch (error) {
      this.logger.warn(`Skipped support pointers that could not be read: ${(error as Error).message}`);
      return [];
    }
  }

  private parsePlain(json: string): StoredEntry | undefined {
    try {
      return JSON.parse(json) as StoredEntry;
    } catch {
      this.logger.warn('Skipped a support record that could not be read: not JSON');
      return undefined;
    }
  }

  private bucketKey(app: string, hour: number): string {
    return this.keys.key(`{support:${app}}`, 'requests', hour);
  }

  private segmentKey(app: string, segmentId: string): string {
    return this.keys.key(`{support:${app}}`, 'segment', segmentId);
  }

  /**
   * Lists of plain-JSON exchanges, one per request, as they were kept before segments: per app, then (earlier) outside
   * the per-app hash tag. Read for as long as they live (7 days).
   */
  private listKeys(app: string, requestId: string): [string, string] {
    return [this.keys.key(`{support:${app}}`, 'exchanges', requestId), this.keys.key('support', 'exchanges', app, requestId)];
  }
}

/** Hand to `MigoHttpModule.forRoot({ exchangeRecorder })`: the global SupportModule supplies the instance. */
export const SUPPORT_EXCHANGE_RECORDER: Provider = { provide: EXCHANGE_RECORDER, useExisting: SupportExchangeStore };
