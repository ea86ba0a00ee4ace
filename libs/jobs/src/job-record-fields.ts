import { createHash } from 'node:crypto';
import { changeKeyOf, JobRecord } from './job-record.js';
import { upstreamOf } from './job-types.js';
import type { JobType } from './job-types.js';

/**
 * How a job record is laid out in Redis: one short string per field, always all of them and in this order, both in
 * the job's hash and in each of its events. Short values keep the hash in Redis's compact listpack encoding (every
 * value ≤ `hash-max-listpack-value`; a single JSON value of the whole record made it a hash table, twice the size),
 * and events with the same field names as their stream's first entry are stored as values only. Absent values (no
 * result, no error, not finished, no partner) are empty strings. Times are epoch milliseconds (13 characters, not
 * 24), and the upstream service is not stored: the job type names it. Records and events written with ISO times and
 * a `service` field are still read.
 */
const FIELDS = ['id', 'app', 'type', 'state', 'progress', 'result', 'error', 'upstreamId', 'partnerId', 'createdAt', 'updatedAt', 'finishedAt', 'outcome'] as const;

/** Fields earlier layouts wrote that this one does not: an update removes them. */
export const RETIRED_FIELDS = ['json', 'changeKey', 'service'] as const;

function storedTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : String(ms);
}

function isoTime(stored: string): string {
  return /^\d+$/.test(stored) ? new Date(Number(stored)).toISOString() : stored;
}

type Field = (typeof FIELDS)[number];

/** `[field, value, field, value, …]` for HSET and XADD. */
export function recordFields(record: JobRecord): string[] {
  const values: Record<Field, string> = {
    id: record.id,
    app: record.app,
    type: record.type,
    state: record.state,
    progress: JSON.stringify(record.progress),
    result: record.result === null || record.result === undefined ? '' : JSON.stringify(record.result),
    error: record.error ? JSON.stringify(record.error) : '',
    upstreamId: record.upstream.id,
    partnerId: record.partnerId ?? '',
    createdAt: storedTime(record.createdAt),
    updatedAt: storedTime(record.updatedAt),
    finishedAt: record.finishedAt ? storedTime(record.finishedAt) : '',
    outcome: record.outcome ?? '',
  };
  return FIELDS.flatMap((field) => [field, values[field]]);
}

/** Field/value pairs as Redis answers them (a flat array from XRANGE/XREAD, an object from HGETALL). */
export function pairsToObject(pairs: readonly string[]): Record<string, string> {
  const object: Record<string, string> = {};
  for (let i = 0; i + 1 < pairs.length; i += 2) object[pairs[i]] = pairs[i + 1];
  return object;
}

/**
 * The record stored in a hash or an event. Records written before this layout held the whole record as JSON in one
 * field (`json` in the hash, `e` in events); they are still read.
 */
export function recordFromFields(fields: Record<string, string>): JobRecord | undefined {
  const legacy = fields.json ?? fields.e;
  if (legacy !== undefined) return { outcome: null, ...(JSON.parse(legacy) as Omit<JobRecord, 'outcome'>) };
  if (fields.id === undefined) return undefined;
  return {
    id: fields.id,
    app: fields.app,
    type: fields.type as JobRecord['type'],
    state: fields.state as JobRecord['state'],
    progress: JSON.parse(fields.progress) as JobRecord['progress'],
    result: fields.result ? (JSON.parse(fields.result) as unknown) : null,
    error: fields.error ? (JSON.parse(fields.error) as JobRecord['error']) : null,
    outcome: fields.outcome || null, // records and events written before `outcome` existed have none
    upstream: { service: fields.service ?? upstreamOf(fields.type as JobType), id: fields.upstreamId },
    ...(fields.partnerId ? { partnerId: fields.partnerId } : {}),
    createdAt: isoTime(fields.createdAt),
    updatedAt: isoTime(fields.updatedAt),
    finishedAt: fields.finishedAt ? isoTime(fields.finishedAt) : null,
  };
}

/** What the store compares to decide whether an update changed anything: a short digest of changeKeyOf(record). */
export function changeDigest(record: Pick<JobRecord, 'state' | 'progress' | 'error' | 'result'>): string {
  return createHash('sha1').update(changeKeyOf(record)).digest('base64url').slice(0, 16);
}
