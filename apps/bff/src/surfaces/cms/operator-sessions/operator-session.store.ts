import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ProblemError, ProblemType, REDIS, REDIS_KEYS } from '#common';
import type { RedisConnection, RedisKeys } from '#common';
import { MigoAuth, refreshAheadMs } from '#migo-auth';
import type { CmsOperatorProfile, TokenSet } from '#migo-auth';
import { UpstreamError } from '#migo-http';
import { BFF_CONFIG } from '../../../config/bff-config.token.js';
import type { BffConfig } from '../../../config/load-bff-config.js';
import { SessionCipher } from './session-cipher.js';

/** What Redis keeps of a session, encrypted as a whole. */
export interface OperatorSessionRecord {
  app: string;
  operator: CmsOperatorProfile;
  tokens: TokenSet;
  createdAt: number;
  expiresAt: number;
}

/** A session found for its app: its Redis key (derived from the handle) and its contents. */
export interface OpenSession {
  key: string;
  record: OperatorSessionRecord;
}

const UNLOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const LOCK_MS = 10_000;
const LOCK_POLL_MS = 25;

export function sessionRefused(detail: string): ProblemError {
  return ProblemError.of(401, ProblemType.unauthenticated, 'Unauthenticated', detail);
}

const UNKNOWN = 'Unknown, revoked or expired CMS operator session: log in again (POST /v1/cms/sessions)';

/**
 * Operator sessions in Redis. The handle (256 random bits) is given to the app and never stored: the key is its
 * SHA-256, the value the record sealed with AES-256-GCM. A key lives until the earlier of its idle and its maximum
 * expiry. Renewing Migo's token takes a per-session lock, so one instance spends the single-use refresh token.
 */
@Injectable()
export class OperatorSessionStore {
  private readonly cipher?: SessionCipher;

  constructor(
    @Inject(REDIS) private readonly redis: RedisConnection,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
    @Inject(BFF_CONFIG) private readonly config: BffConfig,
    private readonly auth: MigoAuth,
  ) {
    const { CMS_OPERATOR_SESSIONS: enabled, CMS_SESSION_KEY: key } = config.cmsSessions;
    if (enabled && key) this.cipher = new SessionCipher(key);
  }

  get enabled(): boolean {
    return this.cipher !== undefined;
  }

  async create(app: string, operator: CmsOperatorProfile, tokens: TokenSet): Promise<{ handle: string; record: OperatorSessionRecord }> {
    const handle = randomBytes(32).toString('base64url');
    const now = Date.now();
    const record: OperatorSessionRecord = { app, operator, tokens, createdAt: now, expiresAt: now + this.config.cmsSessions.CMS_SESSION_MAX_AGE_SECONDS * 1000 };
    await this.write(this.keyOf(handle), record);
    return { handle, record };
  }

  /** The session behind `handle` if it is `app`'s and alive (its idle expiry starts again); otherwise 401. */
  async open(handle: string, app: string): Promise<OpenSession> {
    const key = this.keyOf(handle);
    const record = await this.read(key);
    if (!record || record.app !== app) throw sessionRefused(UNKNOWN);
    const ttl = this.ttlMs(record);
    if (ttl <= 0) {
      await this.redis.del(key);
      throw sessionRefused(UNKNOWN);
    }
    await this.redis.pexpire(key, ttl);
    return { key, record };
  }

  async revoke(session: OpenSession): Promise<void> {
    await this.redis.del(session.key);
  }

  /** When the session ends for lack of use, if nothing uses it before. */
  idleExpiresAt(record: OperatorSessionRecord): number {
    return Math.min(record.expiresAt, Date.now() + this.config.cmsSessions.CMS_SESSION_IDLE_SECONDS * 1000);
  }

  /**
   * Migo's token for the session, renewed (refresh token) when due or when Migo refused `refused`. A refused refresh
   * ends the session: the BFF never keeps the password to log in again.
   */
  async renew(key: string, refused?: string): Promise<TokenSet> {
    const owner = randomBytes(12).toString('hex');
    const lockKey = `${key}:lock`;
    const deadline = Date.now() + LOCK_MS;
    for (;;) {
      const current = await this.read(key);
      if (!current) throw sessionRefused(UNKNOWN);
      if (this.usable(current.tokens, refused)) return current.tokens;
      if ((await this.redis.set(lockKey, owner, 'PX', LOCK_MS, 'NX')) === 'OK') break;
      if (Date.now() > deadline) throw ProblemError.of(503, ProblemType.serviceUnavailable, 'Service unavailable', 'The CMS operator session is being renewed elsewhere; try again');
      await sleep(LOCK_POLL_MS);
    }
    try {
      const current = await this.read(key);
      if (!current) throw sessionRefused(UNKNOWN);
      if (this.usable(current.tokens, refused)) return current.tokens;
      if (!current.tokens.refreshToken) return await this.end(key);
      let tokens: TokenSet;
      try {
        tokens = await this.auth.refreshOperator(current.tokens.refreshToken);
      } catch (error) {
        if (error instanceof UpstreamError && error.status !== undefined && error.status >= 400 && error.status < 500) return await this.end(key);
        throw error;
      }
      await this.write(key, { ...current, tokens });
      return tokens;
    } finally {
      await this.redis.eval(UNLOCK, 1, lockKey, owner).catch(() => undefined);
    }
  }

  private async end(key: string): Promise<never> {
    await this.redis.del(key);
    throw sessionRefused('Migo ended this CMS operator session: log in again (POST /v1/cms/sessions)');
  }

  /** Neither refused by Migo nor due for refresh-ahead. */
  private usable(tokens: TokenSet, refused: string | undefined): boolean {
    return tokens.accessToken !== refused && tokens.accessExpiresAt - Date.now() > refreshAheadMs(tokens);
  }

  private keyOf(handle: string): string {
    return this.keys.key('cms-session', createHash('sha256').update(handle, 'utf8').digest('hex'));
  }

  private ttlMs(record: OperatorSessionRecord): number {
    return Math.min(record.expiresAt - Date.now(), this.config.cmsSessions.CMS_SESSION_IDLE_SECONDS * 1000);
  }

  private async read(key: string): Promise<OperatorSessionRecord | undefined> {
    const sealed = await this.redis.get(key);
    const text = sealed && this.cipher?.open(sealed, key);
    return text ? (JSON.parse(text) as OperatorSessionRecord) : undefined;
  }

  private async write(key: string, record: OperatorSessionRecord): Promise<void> {
    if (!this.cipher) throw new Error('CMS operator sessions are not enabled');
    const ttl = this.ttlMs(record);
    if (ttl <= 0) throw sessionRefused(UNKNOWN);
    await this.redis.set(key, this.cipher.seal(JSON.stringify(record), key), 'PX', ttl);
  }
}
