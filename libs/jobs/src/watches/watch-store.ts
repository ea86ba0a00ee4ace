import { randomBytes } from 'node:crypto';
import { redisScript } from '#common';
import type { RedisConnection, RedisKeys, RedisScript } from '#common';
import { pairsToObject } from '../job-record-fields.js';
import type { WatchEventData, WatchRecord } from './watch-record.js';
import type { WatchChange, WatchCursor } from './watch-type.js';

export interface WatchStoreOptions {
  /** How long an ended or deleted watch stays readable. */
  retentionMs: number;
  /** The app's event stream bounds (the job store's: both write to the same stream). */
  historyMs: number;
  historyMaxEvents: number;
}

export interface NewWatch {
  app: string;
  type: string;
  upstreamId: string;
  partnerId?: string;
  cursor: WatchCursor;
  /** Active watches the app may have. */
  limit: number;
}

export type CreateOutcome = { outcome: 'created' | 'existing'; record: WatchRecord } | { outcome: 'limit' };

/** The field the stream entry of a watch event holds its data in (job events hold a job record's fields). */
export const WATCH_EVENT_FIELD = 'w';

// KEYS: watch hash, index, seq, open set, targets hash. ARGV: id, target, limit, then field/value pairs.
const CREATE = `
local existing = redis.call('HGET', KEYS[5], ARGV[2])
if existing then return {2, existing} end
if redis.call('SCARD', KEYS[4]) >= tonumber(ARGV[3]) then return {0} end
redis.call('HSET', KEYS[1], unpack(ARGV, 4))
redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[3]), ARGV[1])
redis.call('SADD', KEYS[4], ARGV[1])
redis.call('HSET', KEYS[5], ARGV[2], ARGV[1])
return {1}
`;

/**
 * A poll's changes: written only if the watch is still active and nobody moved its cursor since it was read, so a
 * re-run step (a worker restarted mid-way, a stalled step run twice) never writes an event twice.
 * KEYS: watch hash, events stream, open set, targets hash. ARGV: cursor read, new cursor, end reason ('' = none),
 * ended at, oldest event id kept, max events, retention ms, watch id, target, then one JSON per event.
 */
const APPLY = `
local cur = redis.call('HMGET', KEYS[1], 'state', 'cursor')
if cur[1] ~= 'active' then return {-2} end
if cur[2] ~= ARGV[1] then return {-3} end
local ids = {1}
for i = 10, #ARGV do
  ids[#ids + 1] = redis.call('XADD', KEYS[2], 'MINID', '~', ARGV[5], '*', '${WATCH_EVENT_FIELD}', ARGV[i])
end
if #ARGV >= 10 then redis.call('XTRIM', KEYS[2], 'MAXLEN', '~', ARGV[6]) end
redis.call('HSET', KEYS[1], 'cursor', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'events', #ARGV - 9)
if ARGV[3] ~= '' then
  redis.call('HSET', KEYS[1], 'state', 'ended', 'endReason', ARGV[3], 'endedAt', ARGV[4])
  redis.call('SREM', KEYS[3], ARGV[8])
  if redis.call('HGET', KEYS[4], ARGV[9]) == ARGV[8] then redis.call('HDEL', KEYS[4], ARGV[9]) end
  redis.call('PEXPIRE', KEYS[1], ARGV[7])
end
return ids
`;

// KEYS: watch hash, open set, targets hash. ARGV: ended at, retention ms, watch id, target.
const DELETE = `
if redis.call('HGET', KEYS[1], 'state') ~= 'active' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'deleted', 'endReason', 'deleted by the app', 'endedAt', ARGV[1])
redis.call('SREM', KEYS[2], ARGV[3])
if redis.call('HGET', KEYS[3], ARGV[4]) == ARGV[3] then redis.call('HDEL', KEYS[3], ARGV[4]) end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`;

function targetOf(record: { type: string; upstreamId: string }): string {
  return `${record.type}|${record.upstreamId}`;
}

function recordOf(fields: Record<string, string>): WatchRecord | undefined {
  if (!fields.id) return undefined;
  return {
    id: fields.id,
    app: fields.app,
    type: fields.type,
    upstreamId: fields.upstreamId,
    ...(fields.partnerId ? { partnerId: fields.partnerId } : {}),
    state: fields.state as WatchRecord['state'],
    endReason: fields.endReason || null,
    createdAt: new Date(Number(fields.createdAt)).toISOString(),
    endedAt: fields.endedAt ? new Date(Number(fields.endedAt)).toISOString() : null,
    events: Number(fields.events ?? 0),
  };
}

/** A `watch` event from a stream entry's field/value pairs; undefined for a job event. */
export function watchEventOf(fields: readonly string[]): WatchEventData | undefined {
  const value = pairsToObject(fields)[WATCH_EVENT_FIELD];
  return value === undefined ? undefined : (JSON.parse(value) as WatchEventData);
}

/**
 * Watches in Redis, per app (the `{app:…}` hash tag of the job store, so a watch's events go to the app's one event
 * stream in the same atomic step as its cursor): a hash per watch (with the watcher's cursor), an index by creation
 * order, the set of active watches (the per-app limit counts it) and the active watch of each object (watching an
 * object twice gives the same watch).
 */
export class WatchStore {
  private readonly createScript: RedisScript<[number, string?]>;
  private readonly applyScript: RedisScript<Array<number | string>>;
  private readonly deleteScript: RedisScript<number>;

  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: RedisKeys,
    private readonly options: WatchStoreOptions,
  ) {
    this.createScript = redisScript(redis, 'migoWatchCreate1', { numberOfKeys: 5, lua: CREATE });
    this.applyScript = redisScript(redis, 'migoWatchApply1', { numberOfKeys: 4, lua: APPLY });
    this.deleteScript = redisScript(redis, 'migoWatchDelete1', { numberOfKeys: 3, lua: DELETE });
  }

  private tag(app: string): string {
    return `{app:${app}}`;
  }
  private watchKey(app: string, id: string): string {
    return this.keys.key(this.tag(app), 'watch', id);
  }
  private indexKey(app: string): string {
    return this.keys.key(this.tag(app), 'watches');
  }
  private openKey(app: string): string {
    return this.keys.key(this.tag(app), 'watches', 'open');
  }
  private targetsKey(app: string): string {
    return this.keys.key(this.tag(app), 'watches', 'targets');
  }
  /** The app's event stream: the same key as JobStore.eventsKey. */
  private eventsKey(app: string): string {
    return this.keys.key(this.tag(app), 'events');
  }

  /** A new active watch, the app's active watch of the same object, or `limit` when the app has as many as it may. */
  async create(watch: NewWatch): Promise<CreateOutcome> {
    const id = `wat_${randomBytes(13).toString('hex')}`;
    const fields: Record<string, string> = {
      id,
      app: watch.app,
      type: watch.type,
      upstreamId: watch.upstreamId,
      partnerId: watch.partnerId ?? '',
      state: 'active',
      endReason: '',
      createdAt: String(Date.now()),
      endedAt: '',
      events: '0',
      cursor: JSON.stringify(watch.cursor),
    };
    const [code, existing] = await this.createScript(
      this.watchKey(watch.app, id),
      this.indexKey(watch.app),
      this.keys.key(this.tag(watch.app), 'watches', 'seq'),
      this.openKey(watch.app),
      this.targetsKey(watch.app),
      id,
      targetOf(watch),
      String(watch.limit),
      ...Object.entries(fields).flat(),
    );
    if (code === 0) return { outcome: 'limit' };
    if (code === 2) {
      const record = await this.get(watch.app, existing!);
      if (record?.state === 'active') return { outcome: 'existing', record };
      // The index named a watch that has since expired: forget it and try once more.
      await this.redis.hdel(this.targetsKey(watch.app), targetOf(watch));
      return this.create(watch);
    }
    return { outcome: 'created', record: recordOf(fields)! };
  }

  async get(app: string, id: string): Promise<WatchRecord | undefined> {
    return recordOf(await this.redis.hgetall(this.watchKey(app, id)));
  }

  /** The watch with the cursor its watcher continues from (the raw JSON, compared as is when the poll is applied). */
  async withCursor(app: string, id: string): Promise<{ record: WatchRecord; cursor: string } | undefined> {
    const fields = await this.redis.hgetall(this.watchKey(app, id));
    const record = recordOf(fields);
    return record ? { record, cursor: fields.cursor } : undefined;
  }

  /**
   * Records a poll: its changes as `watch` events on the app's stream, the new cursor, and the end when the object
   * ended, atomically. `stale`: the cursor moved (another step applied this poll already) or the watch is not active.
   */
  async apply(record: WatchRecord, cursorRead: string, poll: { changes: WatchChange[]; cursor: WatchCursor; ended?: string }): Promise<{ outcome: 'applied' | 'stale'; eventIds: string[] }> {
    const now = Date.now();
    const events = poll.changes.map((change): string => {
      const data: WatchEventData = { watchId: record.id, type: record.type, upstreamId: record.upstreamId, ...(record.partnerId ? { partnerId: record.partnerId } : {}), change, at: new Date(now).toISOString() };
      return JSON.stringify(data);
    });
    const result = await this.applyScript(
      this.watchKey(record.app, record.id),
      this.eventsKey(record.app),
      this.openKey(record.app),
      this.targetsKey(record.app),
      cursorRead,
      JSON.stringify(poll.cursor),
      poll.ended ?? '',
      String(now),
      `${now - this.options.historyMs}-0`,
      String(this.options.historyMaxEvents),
      String(this.options.retentionMs),
      record.id,
      targetOf(record),
      ...events,
    );
    if (result[0] !== 1) return { outcome: 'stale', eventIds: [] };
    return { outcome: 'applied', eventIds: result.slice(1).map(String) };
  }

  /** Stops an active watch; false when it was not active (ended, deleted, or never the app's). */
  async delete(record: WatchRecord): Promise<boolean> {
    const deleted = await this.deleteScript(this.watchKey(record.app, record.id), this.openKey(record.app), this.targetsKey(record.app), String(Date.now()), String(this.options.retentionMs), record.id, targetOf(record));
    return deleted === 1;
  }

  async activeCount(app: string): Promise<number> {
    return this.redis.scard(this.openKey(app));
  }

  /** Newest first; `cursor` continues after the last watch of the previous page. */
  async list(app: string, query: { cursor?: string; limit: number }): Promise<{ items: WatchRecord[]; nextCursor: string | null }> {
    const max = query.cursor && /^\d+$/.test(query.cursor) ? `(${query.cursor}` : '+inf';
    const page = await this.redis.zrevrangebyscore(this.indexKey(app), max, '-inf', 'WITHSCORES', 'LIMIT', 0, query.limit);
    const ids = page.filter((_, i) => i % 2 === 0);
    const scores = page.filter((_, i) => i % 2 === 1);
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.watchKey(app, id));
    const records = ((await pipeline.exec()) ?? []).map(([error, value]) => {
      if (error) throw error;
      return recordOf(value as Record<string, string>);
    });
    const expired = ids.filter((_, i) => !records[i]);
    if (expired.length > 0) await this.redis.zrem(this.indexKey(app), ...expired);
    return { items: records.filter((record): record is WatchRecord => !!record), nextCursor: ids.length === query.limit ? scores.at(-1)! : null };
  }

  /** This watch's events still in the app's stream, oldest first (read in pages; at most `max`). */
  async events(app: string, watchId: string, max = 1000): Promise<Array<{ id: string; data: WatchEventData }>> {
    const found: Array<{ id: string; data: WatchEventData }> = [];
    let after = '-';
    for (let page = 0; page < 20 && found.length < max; page++) {
      const entries = await this.redis.xrange(this.eventsKey(app), after === '-' ? '-' : `(${after}`, '+', 'COUNT', 1000);
      for (const [id, fields] of entries) {
        const data = watchEventOf(fields);
        if (data?.watchId === watchId && found.length < max) found.push({ id, data });
      }
      if (entries.length < 1000) break;
      after = entries.at(-1)![0];
    }
    return found;
  }
}
