import { awaitReplicaAcks, redisScript } from '#common';
import type { RedisConnection, RedisKeys, RedisScript, ReplicaAcks } from '#common';
import type { JobState } from './job-dto.js';
import { isTerminal, JobRecord } from './job-record.js';
import { compareStreamIds } from './event-ids.js';
import { changeDigest, pairsToObject, recordFields, recordFromFields, RETIRED_FIELDS } from './job-record-fields.js';
import type { JobType } from './job-types.js';
import type { WatchEventData } from './watches/watch-record.js';
import { watchEventOf } from './watches/watch-store.js';

export interface JobStoreOptions {
  /** How long a finished job stays readable. */
  retentionMs: number;
  /** Event history kept per app (at least this long)… */
  historyMs: number;
  /** …and at most about this many events per app. */
  historyMaxEvents: number;
  /** Replicas that must hold a new job record before create() returns (and the BFF answers 202); none: do not wait. */
  replicaAcks?: ReplicaAcks;
}

export const DEFAULT_JOB_STORE_OPTIONS: JobStoreOptions = { retentionMs: 7 * 24 * 3_600_000, historyMs: 25 * 3_600_000, historyMaxEvents: 100_000 };

export interface JobEvent {
  /** The Redis stream id: also the SSE `id:` and what Last-Event-ID replays from. */
  id: string;
  /** The job as it was at this event. */
  record: JobRecord;
  watch?: undefined;
}

/** A change a watch saw, on the same stream (written by the watch store). */
export interface WatchStreamEvent {
  id: string;
  record?: undefined;
  watch: WatchEventData;
}

/** Any entry of an app's event stream. */
export type StreamEvent = JobEvent | WatchStreamEvent;

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

// ARGV: change digest, job id, oldest event id kept, max events, created at (ms, unused), finished at (ms or ''), then the
// record's field/value pairs.
const CREATE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return {0, redis.call('HGETALL', KEYS[1])} end
redis.call('HSET', KEYS[1], 'ck', ARGV[1], 'rev', '1', unpack(ARGV, 7))
local seq = redis.call('INCR', KEYS[3])
redis.call('ZADD', KEYS[2], seq, ARGV[2])
if KEYS[5] ~= KEYS[2] then redis.call('ZADD', KEYS[5], seq, ARGV[2]) end
if ARGV[6] == '' then redis.call('SADD', KEYS[6], ARGV[2]) else redis.call('ZADD', KEYS[7], ARGV[6], ARGV[2]) end
local id = redis.call('XADD', KEYS[4], 'MINID', '~', ARGV[3], '*', unpack(ARGV, 7))
redis.call('XTRIM', KEYS[4], 'MAXLEN', '~', ARGV[4])
return {1, id}
`;

/**
 * Writes a new version only if nobody wrote since it was read (rev), the job is not finished, and something changed.
 * Keeps the active and finished indexes (the snapshots a reconnecting client gets are read from them).
 * ARGV: change digest, expected rev, oldest event id kept, max events, expiry (ms, '0' = none), job id, created at (ms, unused),
 * finished at (ms or '' while running), finished jobs older than this (ms) leave the finished index, then field/value
 * pairs. A record still in an earlier layout loses the fields this one no longer writes as it is rewritten.
 */
const UPDATE = `
local cur = redis.call('HMGET', KEYS[1], 'state', 'ck', 'rev')
if not cur[1] then return {-1} end
if cur[1] == 'succeeded' or cur[1] == 'failed' or cur[1] == 'cancelled' then return {-2} end
if cur[3] ~= ARGV[2] then return {-3} end
if cur[2] == ARGV[1] then return {0} end
redis.call('HDEL', KEYS[1], ${RETIRED_FIELDS.map((field) => `'${field}'`).join(', ')})
redis.call('HSET', KEYS[1], 'ck', ARGV[1], 'rev', tostring(tonumber(cur[3]) + 1), unpack(ARGV, 10))
if ARGV[5] ~= '0' then redis.call('PEXPIRE', KEYS[1], ARGV[5]) end
if ARGV[8] == '' then
  redis.call('SADD', KEYS[3], ARGV[6])
else
  redis.call('SREM', KEYS[3], ARGV[6])
  redis.call('ZADD', KEYS[4], ARGV[8], ARGV[6])
  redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', '(' .. ARGV[9])
end
local id = redis.call('XADD', KEYS[2], 'MINID', '~', ARGV[3], '*', unpack(ARGV, 10))
redis.call('XTRIM', KEYS[2], 'MAXLEN', '~', ARGV[4])
return {1, id}
`;

export type UpdateOutcome = 'changed' | 'unchanged' | 'finished' | 'missing';

/**
 * Job state and its event history in Redis, per app (hash-tagged so one app's keys share a Cluster slot):
 * a hash per job (its fields as job-record-fields.ts lays them out, a change digest, a revision), an index by creation
 * order (and by partner), and a bounded stream of events, each holding the record as it was. Status is state; events
 * are written in the same atomic step as the state they describe, only when something changed, so a re-run tracker
 * step never writes an event twice.
 */
export class JobStore {
  private readonly createScript: RedisScript<[number, string | string[]]>;
  private readonly updateScript: RedisScript<[number, string?]>;

  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: RedisKeys,
    private readonly options: JobStoreOptions = DEFAULT_JOB_STORE_OPTIONS,
  ) {
    this.createScript = redisScript(redis, 'migoJobCreate2', { numberOfKeys: 7, lua: CREATE });
    this.updateScript = redisScript(redis, 'migoJobUpdate2', { numberOfKeys: 4, lua: UPDATE });
  }

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
  /**
   * Jobs not finished: a set, not a sorted set (a member costs about 50 B less in Redis while a job is tracked; a
   * snapshot reads them all and orders them itself).
   */
  private activeKey(app: string): string {
    return this.keys.key(this.tag(app), 'jobs', 'open');
  }
  /** Finished jobs still kept, scored by the time they finished. */
  private finishedKey(app: string): string {
    return this.keys.key(this.tag(app), 'jobs', 'finished');
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
      outcome: null,
      upstream: job.upstream,
      ...(job.partnerId ? { partnerId: job.partnerId } : {}),
      createdAt: now,
      updatedAt: now,
      finishedAt: null,
    };
    const index = this.indexKey(job.app);
    const [created, value] = (await this.createScript(
      this.jobKey(job.app, job.id),
      index,
      this.keys.key(this.tag(job.app), 'seq'),
      this.eventsKey(job.app),
      job.partnerId ? this.indexKey(job.app, job.partnerId) : index,
      this.activeKey(job.app),
      this.finishedKey(job.app),
      changeDigest(record),
      job.id,
      this.minEventId(),
      String(this.options.historyMaxEvents),
      String(Date.parse(record.createdAt)),
      isTerminal(record.state) ? String(Date.parse(record.updatedAt)) : '',
      ...recordFields(record),
    ));
    if (created === 1) {
      await awaitReplicaAcks(this.redis, this.jobKey(job.app, job.id), this.options.replicaAcks);
      return { record, created: true, eventId: value as string };
    }
    return { record: recordFromFields(pairsToObject(value as string[]))!, created: false };
  }

  async get(app: string, id: string): Promise<JobRecord | undefined> {
    return recordFromFields(await this.redis.hgetall(this.jobKey(app, id)));
  }

  /**
   * Applies `change` to the current record and stores it with one event, if it changed anything and the job is not
   * finished. Retries on a concurrent write (optimistic revision check).
   */
  async update(app: string, id: string, change: (current: JobRecord) => Partial<Pick<JobRecord, 'state' | 'progress' | 'result' | 'error' | 'outcome'>>): Promise<{ outcome: UpdateOutcome; record?: JobRecord; eventId?: string }> {
    const key = this.jobKey(app, id);
    for (let attempt = 0; attempt < 10; attempt++) {
      const stored = await this.redis.hgetall(key);
      const current = recordFromFields(stored);
      if (!current || !stored.rev) return { outcome: 'missing' };
      if (isTerminal(current.state)) return { outcome: 'finished', record: current };
      const now = new Date().toISOString();
      const next: JobRecord = { ...current, ...change(current), updatedAt: now };
      if (isTerminal(next.state)) next.finishedAt = now;
      const digest = changeDigest(next);
      // Most tracker steps change nothing: no script call for them (the digest read with the record says so).
      if (stored.ck === digest) return { outcome: 'unchanged', record: current };
      const [code, eventId] = (await this.updateScript(
        key,
        this.eventsKey(app),
        this.activeKey(app),
        this.finishedKey(app),
        digest,
        stored.rev,
        this.minEventId(),
        String(this.options.historyMaxEvents),
        isTerminal(next.state) ? String(this.options.retentionMs) : '0',
        id,
        String(Date.parse(next.createdAt)),
        isTerminal(next.state) ? String(Date.parse(now)) : '',
        String(Date.now() - this.options.retentionMs),
        ...recordFields(next),
      ));
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
      for (const jobId of ids) pipeline.hgetall(this.jobKey(app, jobId));
      const records = ((await pipeline.exec()) ?? []).map(([, value]) => recordFromFields(value as Record<string, string>));
      const expired: string[] = [];
      for (let i = 0; i < ids.length && items.length < query.limit; i++) {
        lastScore = scores[i];
        const record = records[i];
        if (!record) {
          expired.push(ids[i]);
          continue;
        }
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

  /** Job events after `afterId` (exclusive), oldest first, at most `count` entries read (watch events are read past). */
  async eventsAfter(app: string, afterId: string, count = 1000): Promise<{ events: JobEvent[] }> {
    const { events } = await this.streamEventsAfter(app, afterId, count);
    return { events: events.filter((event): event is JobEvent => !event.watch) };
  }

  /** Every event (jobs' and watches') after `afterId` (exclusive), oldest first, at most `count`. */
  async streamEventsAfter(app: string, afterId: string, count = 1000): Promise<{ events: StreamEvent[] }> {
    const entries = await this.redis.xrange(this.eventsKey(app), `(${afterId}`, '+', 'COUNT', count);
    return { events: entries.map(([id, fields]) => streamEventOf(id, fields)) };
  }

  /**
   * Whether every event after `afterId` is still kept. Not when the stream is gone or empty (its history was lost, or
   * trimmed to nothing), nor when its oldest entry is newer than `afterId` (trimmed past that point, or written anew
   * after the key was lost). Errs towards "no": the caller then sends the current state, which is always right.
   */
  async historyKeptSince(app: string, afterId: string): Promise<boolean> {
    const [oldest] = await this.redis.xrange(this.eventsKey(app), '-', '+', 'COUNT', 1);
    return !!oldest && compareStreamIds(oldest[0], afterId) <= 0;
  }

  /**
   * Every job not finished, oldest first (read in pages, as many as there are, no cap). SSCAN returns every member
   * that stays in the set for the whole scan, whatever is added or removed meanwhile, and may return one twice.
   */
  async activeJobs(app: string, pageSize = 200): Promise<JobRecord[]> {
    const key = this.activeKey(app);
    const jobs = new Map<string, JobRecord>();
    let cursor = '0';
    do {
      const [next, members] = await this.redis.sscan(key, cursor, 'COUNT', pageSize);
      cursor = next;
      const ids = [...new Set(members)].filter((id) => !jobs.has(id));
      const records = await this.records(app, ids);
      const stale = ids.filter((_, i) => !records[i] || isTerminal(records[i]!.state));
      if (stale.length > 0) await this.redis.srem(key, ...stale);
      for (const record of records) if (record && !isTerminal(record.state)) jobs.set(record.id, record);
    } while (cursor !== '0');
    return [...jobs.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));
  }

  /** Jobs that finished at or after `sinceMs`, in the order they finished (read in pages, no cap). */
  async finishedSince(app: string, sinceMs: number, pageSize = 200): Promise<JobRecord[]> {
    const jobs: JobRecord[] = [];
    for await (const ids of this.pagesByScore(this.finishedKey(app), String(sinceMs), pageSize)) {
      jobs.push(...(await this.records(app, ids)).filter((record): record is JobRecord => !!record));
    }
    return jobs;
  }

  /**
   * A sorted set's members from `min` up, a page at a time. Pages continue from the last score seen (not an offset),
   * so members removed meanwhile (jobs finishing) cannot make the reader skip others.
   */
  private async *pagesByScore(key: string, min: string, pageSize: number): AsyncGenerator<string[]> {
    let seenAtMin: string[] = [];
    for (;;) {
      const page = await this.redis.zrangebyscore(key, min, '+inf', 'WITHSCORES', 'LIMIT', '0', String(pageSize + seenAtMin.length));
      const members = page.filter((_, i) => i % 2 === 0);
      const scores = page.filter((_, i) => i % 2 === 1);
      const fresh = members.filter((member) => !seenAtMin.includes(member));
      if (fresh.length > 0) yield fresh;
      if (members.length < pageSize + seenAtMin.length) return;
      const last = scores[scores.length - 1];
      seenAtMin = [...new Set([...(last === min ? seenAtMin : []), ...members.filter((_, i) => scores[i] === last)])];
      min = last;
    }
  }

  private async records(app: string, ids: string[]): Promise<Array<JobRecord | undefined>> {
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.jobKey(app, id));
    return ((await pipeline.exec()) ?? []).map(([error, value]) => {
      if (error) throw error;
      return recordFromFields(value as Record<string, string>);
    });
  }
}

/** An event from a job event's field/value pairs: the job record as it was. */
export function eventOf(id: string, fields: readonly string[]): JobEvent {
  return { id, record: recordFromFields(pairsToObject(fields))! };
}

/** Any stream entry: a job event, or a watch's change. */
export function streamEventOf(id: string, fields: readonly string[]): StreamEvent {
  const watch = watchEventOf(fields);
  return watch ? { id, watch } : eventOf(id, fields);
}
