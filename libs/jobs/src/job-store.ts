import type { Redis } from 'ioredis';
import type { RedisKeys } from '#common';
import { changeKeyOf, isTerminal, JobRecord, JobState, toJobDto } from './job-record.js';
import type { JobType } from './job-types.js';

export interface JobStoreOptions {
  /** How long a finished job stays readable. */
  retentionMs: number;
  /** Event history kept per app (at least this long)… */
  historyMs: number;
  /** …and at most about this many events per app. */
  historyMaxEvents: number;
}

export const DEFAULT_JOB_STORE_OPTIONS: JobStoreOptions = { retentionMs: 7 * 24 * 3_600_000, historyMs: 25 * 3_600_000, historyMaxEvents: 100_000 };

export interface JobEvent {
  /** The Redis stream id: also the SSE `id:` and what Last-Event-ID replays from. */
  id: string;
  job: ReturnType<typeof toJobDto>;
}

export interface NewJob {
  id: string;
  app: string;
  type: JobType;
  upstream: { service: string; id: string };
  partnerId?: string;
  state?: JobState;
}

export interface ListQuery {
  state?: JobState;
  type?: JobType;
  partnerId?: string;
  /** Opaque cursor from a previous page. */
  cursor?: string;
  limit: number;
}

const CREATE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return {0, redis.call('HGET', KEYS[1], 'json')} end
redis.call('HSET', KEYS[1], 'json', ARGV[1], 'state', ARGV[2], 'changeKey', ARGV[3], 'rev', '1')
local seq = redis.call('INCR', KEYS[3])
redis.call('ZADD', KEYS[2], seq, ARGV[4])
if KEYS[5] ~= KEYS[2] then redis.call('ZADD', KEYS[5], seq, ARGV[4]) end
local id = redis.call('XADD', KEYS[4], 'MINID', '~', ARGV[6], '*', 'e', ARGV[5])
redis.call('XTRIM', KEYS[4], 'MAXLEN', '~', ARGV[7])
return {1, id}
`;

/** Writes a new version only if nobody wrote since it was read (rev), the job is not finished, and something changed. */
const UPDATE = `
local cur = redis.call('HMGET', KEYS[1], 'state', 'changeKey', 'rev')
if not cur[1] then return {-1} end
if cur[1] == 'succeeded' or cur[1] == 'failed' or cur[1] == 'cancelled' then return {-2} end
if cur[3] ~= ARGV[4] then return {-3} end
if cur[2] == ARGV[3] then return {0} end
redis.call('HSET', KEYS[1], 'json', ARGV[1], 'state', ARGV[2], 'changeKey', ARGV[3], 'rev', tostring(tonumber(cur[3]) + 1))
if ARGV[8] ~= '0' then redis.call('PEXPIRE', KEYS[1], ARGV[8]) end
local id = redis.call('XADD', KEYS[2], 'MINID', '~', ARGV[6], '*', 'e', ARGV[5])
redis.call('XTRIM', KEYS[2], 'MAXLEN', '~', ARGV[7])
return {1, id}
`;

export type UpdateOutcome = 'changed' | 'unchanged' | 'finished' | 'missing';

/**
 * Job state and its event history in Redis, per app (hash-tagged so one app's keys share a Cluster slot):
 * a hash per job (its JSON, state, change key, revision), an index by creation order (and by partner), and a
 * bounded stream of events. Status is state; events are written in the same atomic step as the state they describe,
 * only when something changed, so a re-run tracker step never writes an event twice.
 */
export class JobStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly options: JobStoreOptions = DEFAULT_JOB_STORE_OPTIONS,
  ) {}

  private tag(app: string): string {
    return `{app:${app}}`;
  }
  jobKey(app: string, id: string): string {
    return this.keys.key(this.tag(app), 'job', id);
  }
  eventsKey(app: string): string {
    return this.keys.key(this.tag(app), 'events');
  }
  private indexKey(app: string, partnerId?: string): string {
    return partnerId ? this.keys.key(this.tag(app), 'jobs', 'partner', partnerId) : this.keys.key(this.tag(app), 'jobs');
  }

  private minEventId(): string {
    return `${Date.now() - this.options.historyMs}-0`;
  }

  /** Creates the job, or returns the existing one with the same id (`created: false`). */
  async create(job: NewJob): Promise<{ record: JobRecord; created: boolean; eventId?: string }> {
    const now = new Date().toISOString();
    const record: JobRecord = {
      id: job.id,
      app: job.app,
      type: job.type,
      state: job.state ?? 'queued',
      progress: { percent: 0 },
      result: null,
      error: null,
      upstream: job.upstream,
      ...(job.partnerId ? { partnerId: job.partnerId } : {}),
      createdAt: now,
      updatedAt: now,
      finishedAt: null,
    };
    const json = JSON.stringify(record);
    const index = this.indexKey(job.app);
    const [created, value] = (await this.redis.eval(
      CREATE,
      5,
      this.jobKey(job.app, job.id),
      index,
      this.keys.key(this.tag(job.app), 'seq'),
      this.eventsKey(job.app),
      job.partnerId ? this.indexKey(job.app, job.partnerId) : index,
      json,
      record.state,
      changeKeyOf(record),
      job.id,
      json,
      this.minEventId(),
      String(this.options.historyMaxEvents),
    )) as [number, string];
    return created === 1 ? { record, created: true, eventId: value } : { record: JSON.parse(value) as JobRecord, created: false };
  }

  async get(app: string, id: string): Promise<JobRecord | undefined> {
    const json = await this.redis.hget(this.jobKey(app, id), 'json');
    return json ? (JSON.parse(json) as JobRecord) : undefined;
  }

  /**
   * Applies `change` to the current record and stores it with one event, if it changed anything and the job is not
   * finished. Retries on a concurrent write (optimistic revision check).
   */
  async update(app: string, id: string, change: (current: JobRecord) => Partial<Pick<JobRecord, 'state' | 'progress' | 'result' | 'error'>>): Promise<{ outcome: UpdateOutcome; record?: JobRecord; eventId?: string }> {
    const key = this.jobKey(app, id);
    for (let attempt = 0; attempt < 10; attempt++) {
      const [json, rev] = await this.redis.hmget(key, 'json', 'rev');
      if (!json || !rev) return { outcome: 'missing' };
      const current = JSON.parse(json) as JobRecord;
      if (isTerminal(current.state)) return { outcome: 'finished', record: current };
      const now = new Date().toISOString();
      const next: JobRecord = { ...current, ...change(current), updatedAt: now };
      if (isTerminal(next.state)) next.finishedAt = now;
      const nextJson = JSON.stringify(next);
      const [code, eventId] = (await this.redis.eval(
        UPDATE,
        2,
        key,
        this.eventsKey(app),
        nextJson,
        next.state,
        changeKeyOf(next),
        rev,
        nextJson,
        this.minEventId(),
        String(this.options.historyMaxEvents),
        isTerminal(next.state) ? String(this.options.retentionMs) : '0',
      )) as [number, string?];
      if (code === 1) return { outcome: 'changed', record: next, eventId };
      if (code === 0) return { outcome: 'unchanged', record: current };
      if (code === -1) return { outcome: 'missing' };
      if (code === -2) return { outcome: 'finished', record: (await this.get(app, id)) ?? current };
      // -3: someone wrote in between; read again.
    }
    throw new Error(`Job ${id}: too many concurrent updates`);
  }

  /** Newest first; `cursor` continues after the last job of the previous page. */
  async list(app: string, query: ListQuery): Promise<{ items: JobRecord[]; nextCursor: string | null }> {
    const index = this.indexKey(app, query.partnerId);
    const items: JobRecord[] = [];
    let max = query.cursor && /^\d+$/.test(query.cursor) ? `(${query.cursor}` : '+inf';
    let lastScore: string | null = null;
    for (let round = 0; round < 20 && items.length < query.limit; round++) {
      const batch = await this.redis.zrevrangebyscore(index, max, '-inf', 'WITHSCORES', 'LIMIT', 0, Math.max(query.limit * 2, 50));
      if (batch.length === 0) return { items, nextCursor: null };
      const ids = batch.filter((_, i) => i % 2 === 0);
      const scores = batch.filter((_, i) => i % 2 === 1);
      const pipeline = this.redis.pipeline();
      for (const jobId of ids) pipeline.hget(this.jobKey(app, jobId), 'json');
      const jsons = ((await pipeline.exec()) ?? []).map(([, value]) => value as string | null);
      const expired: string[] = [];
      for (let i = 0; i < ids.length && items.length < query.limit; i++) {
        lastScore = scores[i];
        const json = jsons[i];
        if (!json) {
          expired.push(ids[i]);
          continue;
        }
        const record = JSON.parse(json) as JobRecord;
        if ((query.state && record.state !== query.state) || (query.type && record.type !== query.type)) continue;
        items.push(record);
      }
      if (expired.length > 0) await this.redis.zrem(index, ...expired);
      if (items.length >= query.limit) break;
      if (ids.length < Math.max(query.limit * 2, 50)) return { items, nextCursor: null };
      max = `(${scores[scores.length - 1]}`;
    }
    return { items, nextCursor: items.length >= query.limit ? lastScore : null };
  }

  /** The id of the newest event of an app ('0-0' when none). */
  async latestEventId(app: string): Promise<string> {
    const [latest] = await this.redis.xrevrange(this.eventsKey(app), '+', '-', 'COUNT', 1);
    return latest ? latest[0] : '0-0';
  }

  /** Events after `afterId` (exclusive), oldest first; `gap` is true when history older than what is kept was asked for. */
  async eventsAfter(app: string, afterId: string, count = 1000): Promise<{ events: JobEvent[]; gap: boolean }> {
    const key = this.eventsKey(app);
    const [oldest] = await this.redis.xrange(key, '-', '+', 'COUNT', 1);
    const gap = afterId !== '0-0' && !!oldest && compareStreamIds(afterId, oldest[0]) < 0;
    const entries = await this.redis.xrange(key, `(${afterId}`, '+', 'COUNT', count);
    return { events: entries.map(([id, fields]) => eventOf(id, fields[1])), gap };
  }
}

/**
 * An event as apps see it. History entries hold the job record as stored (its DTO's `links` are derived here rather
 * than kept twice per job in Redis).
 */
export function eventOf(id: string, storedRecord: string): JobEvent {
  return { id, job: toJobDto(JSON.parse(storedRecord) as JobRecord) };
}

export function compareStreamIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(Number);
  const [bm, bs] = b.split('-').map(Number);
  return am !== bm ? am - bm : as - bs;
}

