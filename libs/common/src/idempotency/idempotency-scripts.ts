/**
 * The key state machine as Lua, so every transition is atomic. A record is a hash at `idem:{app}:<sha256 of the key>`;
 * the app's lease index (`…:leases`, score = lease end), unknown index (`…:unknown`, score = when to reconcile next)
 * and epoch (`…:epoch`) share its hash tag, so every script touches one Cluster slot.
 * Fields: state, fp, attempt, startedAt, kind, ref, hints (JSON, opaque here), owner, lease, cause, since, lostAt
 * (when the loss of records was noticed), outcome (JSON, opaque here), completedAt, resolvedBy, releasedAt, reason.
 */

/**
 * The app's epoch: a random id written when the app's first record is. A process that remembers another id than the
 * one it finds knows Redis lost its data (restarted without persistence): for one retention period every key that has
 * no record is then unknown-outcome (its lost record may have said "done"), until the reconciler asked Migo.
 * Expects `now`, `retentionMs`, `knownEpoch`, `newEpoch` and the epoch key `epochKey`; sets `epochId`, `verifyUntil`,
 * and `epochCreated` ('1' when this call wrote the epoch: the app's first key, or the first since Redis lost them).
 */
const OBSERVE_EPOCH = `
local epochId = redis.call('HGET', epochKey, 'id')
local verifyUntil = tonumber(redis.call('HGET', epochKey, 'verifyUntil') or '0')
local epochCreated = '0'
if not epochId then
  epochId = newEpoch
  epochCreated = '1'
  redis.call('HSET', epochKey, 'id', epochId)
end
if knownEpoch ~= '' and knownEpoch ~= epochId and verifyUntil == 0 then
  verifyUntil = now + retentionMs
  redis.call('HSET', epochKey, 'verifyUntil', verifyUntil)
end
`;

/** In-flight → unknown because the lease ran out: the instance that held it is gone (or cut off from Redis). */
const OWNER_GONE = `
redis.call('HSET', KEYS[1], 'state', 'unknown', 'cause', 'owner-gone', 'since', now)
redis.call('HDEL', KEYS[1], 'owner', 'lease')
redis.call('ZREM', KEYS[2], member)
redis.call('ZADD', KEYS[3], now, member)
`;

/**
 * KEYS: record, leases, unknown, epoch. ARGV: member, now, fingerprint, owner, leaseMs, retentionMs, kind, reference,
 * hints, knownEpoch, newEpoch.
 * → {verdict, epochId, …}: started/released (+ attempt), in-flight, mismatch, unknown (+ cause, '1' when it just
 * became unknown), done (+ outcome JSON), legacy (+ the old JSON record).
 */
export const BEGIN = `
local member, now, fp, owner = ARGV[1], tonumber(ARGV[2]), ARGV[3], ARGV[4]
local leaseMs, retentionMs = tonumber(ARGV[5]), tonumber(ARGV[6])
local epochKey, knownEpoch, newEpoch = KEYS[4], ARGV[10], ARGV[11]
${OBSERVE_EPOCH}
local kind = redis.call('TYPE', KEYS[1])['ok']
if kind == 'string' then return {'legacy', epochId, epochCreated, redis.call('GET', KEYS[1])} end
if kind == 'none' then
  if verifyUntil > now then
    redis.call('HSET', KEYS[1], 'state', 'unknown', 'fp', fp, 'attempt', 1, 'startedAt', now, 'kind', ARGV[7], 'ref', ARGV[8], 'hints', ARGV[9], 'cause', 'records-lost', 'since', now, 'lostAt', verifyUntil - retentionMs)
    redis.call('PEXPIRE', KEYS[1], retentionMs)
    redis.call('ZADD', KEYS[3], now, member)
    return {'unknown', epochId, epochCreated, 'records-lost', '1'}
  end
  redis.call('HSET', KEYS[1], 'state', 'in-flight', 'fp', fp, 'attempt', 1, 'startedAt', now, 'owner', owner, 'lease', now + leaseMs, 'kind', ARGV[7], 'ref', ARGV[8], 'hints', ARGV[9])
  redis.call('PEXPIRE', KEYS[1], retentionMs)
  redis.call('ZADD', KEYS[2], now + leaseMs, member)
  return {'started', epochId, epochCreated, '1'}
end
local r = redis.call('HMGET', KEYS[1], 'state', 'fp', 'attempt', 'lease', 'cause')
if r[2] ~= fp then return {'mismatch', epochId, epochCreated} end
if r[1] == 'in-flight' then
  if tonumber(r[4]) >= now then return {'in-flight', epochId, epochCreated} end
  ${OWNER_GONE}
  return {'unknown', epochId, epochCreated, 'owner-gone', '1'}
end
if r[1] == 'unknown' then return {'unknown', epochId, epochCreated, r[5] or '', '0'} end
if r[1] == 'released' then
  local attempt = tonumber(r[3]) + 1
  redis.call('HSET', KEYS[1], 'state', 'in-flight', 'attempt', attempt, 'startedAt', now, 'owner', owner, 'lease', now + leaseMs)
  redis.call('HDEL', KEYS[1], 'releasedAt', 'reason')
  redis.call('PEXPIRE', KEYS[1], retentionMs)
  redis.call('ZADD', KEYS[2], now + leaseMs, member)
  return {'released', epochId, epochCreated, tostring(attempt)}
end
return {'done', epochId, epochCreated, redis.call('HGET', KEYS[1], 'outcome')}
`;

/** KEYS: record, leases. ARGV: member, owner, attempt, leaseUntil. → 1 renewed, 0 no longer this owner's. */
export const RENEW = `
local r = redis.call('HMGET', KEYS[1], 'state', 'owner', 'attempt')
if r[1] ~= 'in-flight' or r[2] ~= ARGV[2] or r[3] ~= ARGV[3] then return 0 end
redis.call('HSET', KEYS[1], 'lease', ARGV[4])
redis.call('ZADD', KEYS[2], 'XX', ARGV[4], ARGV[1])
return 1
`;

/**
 * The outcome is known. KEYS: record, leases, unknown. ARGV: member, attempt, now, retentionMs, outcome, resolvedBy,
 * fingerprint, kind, reference, onlyIfUnknown ('1': the reconciler, which decides only for unknown keys).
 * The owner may complete its attempt from in-flight, unknown (its lease lapsed meanwhile) or released, and rewrites a
 * record Redis lost: it knows what Migo answered. → 1 written, 0 already done, -1 another attempt holds the key.
 */
export const COMPLETE = `
local r = redis.call('HMGET', KEYS[1], 'state', 'attempt')
if r[1] == 'done' then return 0 end
if r[1] and r[2] ~= ARGV[2] then return -1 end
if ARGV[10] == '1' and r[1] ~= 'unknown' then return -1 end
if not r[1] then
  redis.call('HSET', KEYS[1], 'fp', ARGV[7], 'attempt', ARGV[2], 'startedAt', ARGV[3], 'kind', ARGV[8], 'ref', ARGV[9])
end
redis.call('HSET', KEYS[1], 'state', 'done', 'outcome', ARGV[5], 'completedAt', ARGV[3], 'resolvedBy', ARGV[6])
redis.call('HDEL', KEYS[1], 'owner', 'lease', 'cause', 'since', 'releasedAt', 'reason', 'hints')
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
return 1
`;

/**
 * The owner's request may have reached Migo and has no answer. KEYS: record, leases, unknown. ARGV: member, attempt,
 * now, cause, retentionMs, fingerprint, kind, reference, hints. A record Redis lost is written again as unknown.
 * → 1 marked, 0 not this attempt's any more (or already unknown).
 */
export const MARK_UNKNOWN = `
local r = redis.call('HMGET', KEYS[1], 'state', 'attempt')
if not r[1] then
  redis.call('HSET', KEYS[1], 'fp', ARGV[6], 'attempt', ARGV[2], 'startedAt', ARGV[3], 'kind', ARGV[7], 'ref', ARGV[8], 'hints', ARGV[9])
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
elseif r[1] ~= 'in-flight' or r[2] ~= ARGV[2] then
  return 0
end
redis.call('HSET', KEYS[1], 'state', 'unknown', 'cause', ARGV[4], 'since', ARGV[3])
redis.call('HDEL', KEYS[1], 'owner', 'lease')
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
return 1
`;

/**
 * The owner's request certainly never reached Migo (refused by the BFF, breaker open): the key is forgotten, as if
 * never used. KEYS: record, leases, unknown. ARGV: member, attempt. → 1 forgotten, 0 not this attempt's.
 */
export const FORGET = `
local r = redis.call('HMGET', KEYS[1], 'state', 'attempt')
if (r[1] ~= 'in-flight' and r[1] ~= 'unknown') or r[2] ~= ARGV[2] then return 0 end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
return 1
`;

/**
 * The reconciler found that Migo never acted on an unknown key: the next request with it runs as new.
 * KEYS: record, unknown. ARGV: member, attempt, now, reason. → 1 released, 0 no longer that unknown attempt.
 */
export const RELEASE = `
local r = redis.call('HMGET', KEYS[1], 'state', 'attempt')
if r[1] ~= 'unknown' or r[2] ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], 'state', 'released', 'releasedAt', ARGV[3], 'reason', ARGV[4])
redis.call('HDEL', KEYS[1], 'cause', 'since')
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
`;

/**
 * The sweeper's lease check for one key it found past its lease in the index. KEYS: record, leases, unknown.
 * ARGV: member, now. → 1 the key became unknown (owner gone), 0 nothing to do (renewed meanwhile, or no longer in flight).
 */
export const EXPIRE_LEASE = `
local member, now = ARGV[1], tonumber(ARGV[2])
local r = redis.call('HMGET', KEYS[1], 'state', 'lease')
if r[1] ~= 'in-flight' then
  redis.call('ZREM', KEYS[2], member)
  return 0
end
if tonumber(r[2]) >= now then
  redis.call('ZADD', KEYS[2], r[2], member)
  return 0
end
${OWNER_GONE}
return 1
`;

/**
 * Unknown keys due for reconciliation, each pushed back by `holdMs` (its job either resolves it or reschedules it).
 * KEYS: unknown. ARGV: now, holdMs, limit. → members.
 */
export const TAKE_DUE_UNKNOWN = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
for _, member in ipairs(due) do redis.call('ZADD', KEYS[1], 'XX', tonumber(ARGV[1]) + tonumber(ARGV[2]), member) end
return due
`;

/** KEYS: epoch. ARGV: now, retentionMs, knownEpoch, newEpoch. → {epochId, verifyUntil}. */
export const OBSERVE_EPOCH_ONLY = `
local now, retentionMs, knownEpoch, newEpoch, epochKey = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3], ARGV[4], KEYS[1]
${OBSERVE_EPOCH}
return {epochId, tostring(verifyUntil)}
`;
