import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RedisKeys } from '#common';
import { TokenSet } from './token-set.js';

const UNLOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const EXPIRE_ACCESS = `if redis.call('HGET', KEYS[1], 'accessToken') == ARGV[1] then redis.call('HSET', KEYS[1], 'accessExpiresAt', '0') return 1 else return 0 end`;

/**
 * The token cache every BFF and worker instance shares, plus the lock that lets exactly one of them log in or
 * refresh at a time (Migo refresh tokens are single-use: two concurrent refreshes would log everyone out).
 */
export class SharedTokenStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  private tokenKey(name: string): string {
    return this.keys.key('tokens', `{${name}}`);
  }

  private lockKey(name: string): string {
    return `${this.tokenKey(name)}:lock`;
  }

  async read(name: string): Promise<TokenSet | undefined> {
    const hash = await this.redis.hgetall(this.tokenKey(name));
    if (!hash.accessToken) return undefined;
    return {
      accessToken: hash.accessToken,
      accessExpiresAt: Number(hash.accessExpiresAt),
      refreshToken: hash.refreshToken || undefined,
      refreshExpiresAt: hash.refreshExpiresAt ? Number(hash.refreshExpiresAt) : undefined,
      obtainedAt: Number(hash.obtainedAt),
    };
  }

  async write(name: string, tokens: TokenSet): Promise<void> {
    const key = this.tokenKey(name);
    const keepUntil = Math.max(tokens.refreshExpiresAt ?? 0, tokens.accessExpiresAt);
    const fields: Record<string, string> = {
      accessToken: tokens.accessToken,
      accessExpiresAt: String(tokens.accessExpiresAt),
      obtainedAt: String(tokens.obtainedAt),
      refreshToken: tokens.refreshToken ?? '',
      refreshExpiresAt: tokens.refreshExpiresAt ? String(tokens.refreshExpiresAt) : '',
    };
    await this.redis.multi().del(key).hset(key, fields).pexpire(key, Math.max(1000, keepUntil - Date.now())).exec();
  }

  /** Marks the shared access token stale if it is still `token` (another instance may have replaced it already). */
  async expireAccess(name: string, token: string): Promise<boolean> {
    return (await this.redis.eval(EXPIRE_ACCESS, 1, this.tokenKey(name), token)) === 1;
  }

  /** Returns an owner id when the lock was taken, undefined when another instance holds it. */
  async tryLock(name: string, ttlMs: number): Promise<string | undefined> {
    const owner = randomBytes(12).toString('hex');
    const taken = await this.redis.set(this.lockKey(name), owner, 'PX', ttlMs, 'NX');
    return taken === 'OK' ? owner : undefined;
  }

  async isLocked(name: string): Promise<boolean> {
    return (await this.redis.exists(this.lockKey(name))) === 1;
  }

  async unlock(name: string, owner: string): Promise<void> {
    await this.redis.eval(UNLOCK, 1, this.lockKey(name), owner);
  }

  async forget(name: string): Promise<void> {
    await this.redis.del(this.tokenKey(name));
  }
}
