import { randomBytes } from 'node:crypto';
import { redisScript } from '#common';
import type { RedisConnection, RedisKeys, RedisScript } from '#common';
import { TokenSet } from './token-set.js';

/** A stored pair and its generation: how many renewals were stored before it (the fencing number). */
export interface StoredTokens extends TokenSet {
  generation: number;
}

const UNLOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const EXTEND_LOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const EXPIRE_ACCESS = `if redis.call('HGET', KEYS[1], 'accessToken') == ARGV[1] then redis.call('HSET', KEYS[1], 'accessExpiresAt', '0') return 1 else return 0 end`;
/**
 * Stores a renewed pair only over the generation its renewer read: a renewer whose lock ran out while Migo was slow,
 * and whose place another instance took, cannot overwrite the newer pair that one stored.
 * ARGV: expected generation, time to keep (ms), then field/value pairs. Returns {1, new generation} or {0, current}.
 */
const WRITE_FENCED = `
local current = tonumber(redis.call('HGET', KEYS[1], 'generation') or '0')
if current ~= tonumber(ARGV[1]) then return {0, current} end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'generation', tostring(current + 1), unpack(ARGV, 3))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return {1, current + 1}
`;

export interface SharedTokenStoreOptions {
  /** Each Redis command is given up after this long (a frozen Redis must not hang every Migo call). */
  commandTimeoutMs?: number;
}

export class TokenStoreTimeout extends Error {
  override readonly name = 'TokenStoreTimeout';
}

/**
 * The token cache every BFF and worker instance shares, plus the renewal lock that lets exactly one of them log in or
 * refresh at a time (Migo refresh tokens are single-use: two concurrent refreshes would log everyone out). A pair's
 * hash and its lock share one hash tag (Redis Cluster).
 */
export class SharedTokenStore {
  private readonly writeScript: RedisScript<[number, number]>;
  private readonly commandTimeoutMs: number;

  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: RedisKeys,
    options: SharedTokenStoreOptions = {},
  ) {
    this.writeScript = redisScript(redis, 'migoTokenWriteFenced', { numberOfKeys: 1, lua: WRITE_FENCED });
    this.commandTimeoutMs = options.commandTimeoutMs ?? 1000;
  }

  private tokenKey(name: string): string {
    return this.keys.key('tokens', `{${name}}`);
  }

  private lockKey(name: string): string {
    return `${this.tokenKey(name)}:lock`;
  }

  async read(name: string): Promise<StoredTokens | undefined> {
    const hash = await this.bounded(this.redis.hgetall(this.tokenKey(name)));
    if (!hash.accessToken) return undefined;
    return {
      accessToken: hash.accessToken,
      accessExpiresAt: Number(hash.accessExpiresAt),
      refreshToken: hash.refreshToken || undefined,
      refreshExpiresAt: hash.refreshExpiresAt ? Number(hash.refreshExpiresAt) : undefined,
      obtainedAt: Number(hash.obtainedAt),
      generation: Number(hash.generation ?? 0),
    };
  }

  /**
   * Stores `tokens` as the next generation if the stored one is still `expectedGeneration` (0 when nothing was
   * stored); otherwise leaves the newer pair and says so.
   */
  async write(name: string, tokens: TokenSet, expectedGeneration: number): Promise<{ written: boolean; generation: number }> {
    const keepUntil = Math.max(tokens.refreshExpiresAt ?? 0, tokens.accessExpiresAt);
    const fields = [
      'accessToken',
      tokens.accessToken,
      'accessExpiresAt',
      String(tokens.accessExpiresAt),
      'obtainedAt',
      String(tokens.obtainedAt),
      'refreshToken',
      tokens.refreshToken ?? '',
      'refreshExpiresAt',
      tokens.refreshExpiresAt ? String(tokens.refreshExpiresAt) : '',
    ];
    const [written, generation] = await this.bounded(this.writeScript(this.tokenKey(name), String(expectedGeneration), String(Math.max(1000, keepUntil - Date.now())), ...fields));
    return { written: written === 1, generation: Number(generation) };
  }

  /** Marks the shared access token stale if it is still `token` (another instance may have replaced it already). */
  async expireAccess(name: string, token: string): Promise<boolean> {
    return (await this.bounded(this.redis.eval(EXPIRE_ACCESS, 1, this.tokenKey(name), token))) === 1;
  }

  /** Returns an owner id when the lock was taken, undefined when another instance holds it. */
  async tryLock(name: string, ttlMs: number): Promise<string | undefined> {
    const owner = randomBytes(12).toString('hex');
    const taken = await this.bounded(this.redis.set(this.lockKey(name), owner, 'PX', ttlMs, 'NX'));
    return taken === 'OK' ? owner : undefined;
  }

  /** Keeps the lock for another `ttlMs` while its owner still holds it; false when it was lost. */
  async extendLock(name: string, owner: string, ttlMs: number): Promise<boolean> {
    return (await this.bounded(this.redis.eval(EXTEND_LOCK, 1, this.lockKey(name), owner, String(ttlMs)))) === 1;
  }

  async isLocked(name: string): Promise<boolean> {
    return (await this.bounded(this.redis.exists(this.lockKey(name)))) === 1;
  }

  async unlock(name: string, owner: string): Promise<void> {
    await this.bounded(this.redis.eval(UNLOCK, 1, this.lockKey(name), owner));
  }

  async forget(name: string): Promise<void> {
    await this.bounded(this.redis.del(this.tokenKey(name)));
  }

  private bounded<T>(command: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TokenStoreTimeout(`Redis did not answer within ${this.commandTimeoutMs} ms`)), this.commandTimeoutMs);
      timer.unref();
    });
    command.catch(() => undefined); // a late failure after the deadline is nobody's business
    return Promise.race([command, deadline]).finally(() => clearTimeout(timer));
  }
}
